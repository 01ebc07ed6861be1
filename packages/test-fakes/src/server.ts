import http from 'node:http';
import { AddressInfo } from 'node:net';

export interface FakeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: any;
}

export interface FakeAnswer {
  status: number;
  body?: unknown;
  /** A page instead of JSON (e.g. a shared dashboard a browser embeds). */
  html?: string;
}

/** How a fake misbehaves on purpose, to test what the portal does then. */
export type FailureMode = 'none' | 'error500' | 'unauthorized' | 'hang';

export interface FakeServer {
  url: string;
  requests: FakeRequest[];
  /** From now on, answer every request this way. */
  fail(mode: FailureMode): void;
  stop(): Promise<void>;
}

/** Listens on 127.0.0.1 (`port` 0: any free port); `stop` also ends open connections. */
export async function listenOnLoopback(server: http.Server, port = 0): Promise<{ url: string; stop: () => Promise<void> }> {
  await new Promise<void>(resolve => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An HTTP server on 127.0.0.1 that answers JSON through `route`. */
export async function startFakeServer(
  route: (req: FakeRequest) => FakeAnswer,
  port = 0,
  /** The service's own error body for a status and message. */
  errorBody: (status: number, message: string) => unknown = (_status, message) => ({ message }),
): Promise<FakeServer> {
  const requests: FakeRequest[] = [];
  let mode: FailureMode = 'none';
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', chunk => (raw += chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      let body: unknown;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        body = raw;
      }
      const request = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, body };
      requests.push(request);
      if (mode === 'hang') return; // never answers
      let answer: FakeAnswer;
      if (mode === 'error500') answer = { status: 500, body: errorBody(500, 'internal error') };
      else if (mode === 'unauthorized') answer = { status: 401, body: errorBody(401, 'invalid session: token is expired') };
      else answer = route(request);
      if (answer.html !== undefined) {
        res.writeHead(answer.status, { 'content-type': 'text/html; charset=utf-8' }).end(answer.html);
        return;
      }
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
    });
  });
  const { url, stop } = await listenOnLoopback(server, port);
  return {
    url,
    requests,
    fail(next) {
      mode = next;
    },
    stop,
  };
}
