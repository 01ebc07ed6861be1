import { RequestHandler } from 'express';

/**
 * Once the backend shuts down (its server stops taking connections, after the configured
 * serverShutdownDelay), every answer closes its connection. The backend keeps idle
 * connections longer than the load balancer does (backend.server.keepAliveTimeout), so without
 * this a connection that carried a request in flight at SIGTERM would stay open, idle, for that
 * long, and the process would not exit before Kubernetes kills it.
 */
export function closeConnectionsWhenStopping(lifecycle: { addShutdownHook(hook: () => void): void }): RequestHandler {
  let stopping = false;
  // Shutdown hooks run together; this one sets the flag at once, as the server's own stop begins.
  lifecycle.addShutdownHook(() => {
    stopping = true;
  });
  return (_req, res, next) => {
    const writeHead = res.writeHead;
    // Asked when the answer starts, not when the request came: a request in flight at SIGTERM counts.
    res.writeHead = function writeHeadClosingWhenStopping(this: typeof res, ...args: unknown[]) {
      if (stopping && !this.headersSent) this.setHeader('Connection', 'close');
      return (writeHead as (...a: unknown[]) => typeof res).apply(this, args);
    } as typeof res.writeHead;
    next();
  };
}
