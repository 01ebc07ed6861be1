import { coreServices, createServiceFactory } from '@backstage/backend-plugin-api';
import {
  createAuthIntegrationRouter,
  createCookieAuthRefreshMiddleware,
  createCredentialsBarrier,
  createLifecycleMiddleware,
  createRateLimitMiddleware,
} from '@backstage/backend-defaults/httpRouter';
import { MiddlewareFactory, rootHttpRouterServiceFactory } from '@backstage/backend-defaults/rootHttpRouter';
import { readDurationFromConfig } from '@backstage/config';
import { ServiceUnavailableError } from '@backstage/errors';
import { durationToMilliseconds } from '@backstage/types';
import { ErrorRequestHandler, RequestHandler, Router } from 'express';
import { closeConnectionsWhenStopping } from './connectionClose';
import { immutableHashedAssets } from './assetCaching';

/** Seconds a sender should wait before trying again while the portal cannot serve it. */
export const RETRY_AFTER_SECONDS = 5;

const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  // PostgreSQL: shutting down, cannot connect now, connection failures, too many connections.
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '53300',
]);

/** Whether an error, or one of its causes, says the database (or a socket under it) is away. */
export function isUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as { code?: unknown; name?: unknown; message?: unknown; cause?: unknown };
  if (typeof e.code === 'string' && UNAVAILABLE_CODES.has(e.code)) return true;
  if (e.name === 'KnexTimeoutError') return true;
  if (typeof e.message === 'string' && /^Connection terminated/.test(e.message)) return true;
  return isUnavailable(e.cause, depth + 1);
}

/**
 * A request that failed because the database is away gets 503 with Retry-After and a message of
 * its own: the database's address and driver errors stay in the log.
 */
export const unavailableAs503: ErrorRequestHandler = (error, _req, res, next) => {
  if (!isUnavailable(error)) return next(error);
  res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
  return next(new ServiceUnavailableError('The portal cannot reach its database right now; try again shortly'));
};

/**
 * The port opens before the plugins are mounted. A request that arrives before the backend has
 * started waits for it (plugins calling each other while they start, a probe that came early),
 * for at most `pauseMs`; past that it gets 503 with Retry-After instead of an empty 404. The
 * health routes answer at once.
 */
export function notBeforeStarted(started: Promise<void>, pauseMs: number): RequestHandler {
  let up = false;
  started.then(() => {
    up = true;
  });
  return (req, res, next) => {
    if (up || req.path.startsWith('/.backstage/health/')) return next();
    const timer = setTimeout(() => {
      // Answered here rather than through the error handler: a start is not an error to log.
      res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      res.status(503).json({
        error: { name: ServiceUnavailableError.name, message: 'The portal is starting; try again shortly' },
        request: { method: req.method, url: req.url },
        response: { statusCode: 503 },
      });
    }, pauseMs);
    started.then(() => {
      if (res.headersSent) return;
      clearTimeout(timer);
      next();
    });
    return undefined;
  };
}

/**
 * Backstage's root HTTP router with the two handlers above in their places, and hashed frontend
 * assets marked immutable (./assetCaching) after compression (the 503 mapping here
 * covers the root's own routes; each plugin's router has its own, below). Its defaults
 * (applyDefaults: trust proxy, server timeouts, the middleware order) stay as they are; the
 * handlers join the middleware that sits where they belong: the start-up guard right after rate
 * limiting (before the plugins' routes), the 503 mapping right before the error handler.
 */
export const portalRootHttpRouterServiceFactory = rootHttpRouterServiceFactory({
  configure({ config, middleware, lifecycle, applyDefaults }) {
    const started = new Promise<void>(resolve => lifecycle.addStartupHook(resolve));
    // The pause Backstage's plugin routers use while their own plugin starts.
    const pauseMs = config.has('backend.lifecycle.startupRequestPauseTimeout')
      ? durationToMilliseconds(readDurationFromConfig(config, { key: 'backend.lifecycle.startupRequestPauseTimeout' }))
      : 5_000;
    const { rateLimit, error, compression } = {
      rateLimit: middleware.rateLimit.bind(middleware),
      error: middleware.error.bind(middleware),
      compression: middleware.compression.bind(middleware),
    };
    Object.assign(middleware, {
      rateLimit: () => [closeConnectionsWhenStopping(lifecycle), rateLimit(), notBeforeStarted(started, pauseMs)],
      error: (options?: Parameters<typeof error>[0]) => [unavailableAs503, error(options)],
      // With the other response-shaping middleware, before app-backend serves the frontend.
      compression: () => [compression(), immutableHashedAssets()],
    });
    applyDefaults();
  },
});

/**
 * Backstage's plugin HTTP router, composed from the same parts Backstage exports for this, with
 * the 503 mapping before each plugin's error handler: a plugin's errors never reach the root.
 */
export const portalHttpRouterServiceFactory = createServiceFactory({
  service: coreServices.httpRouter,
  initialization: 'always',
  deps: {
    plugin: coreServices.pluginMetadata,
    config: coreServices.rootConfig,
    lifecycle: coreServices.lifecycle,
    rootHttpRouter: coreServices.rootHttpRouter,
    auth: coreServices.auth,
    httpAuth: coreServices.httpAuth,
    logger: coreServices.logger,
  },
  async factory({ auth, httpAuth, config, plugin, rootHttpRouter, lifecycle, logger }) {
    const router = Router();
    router.use(createRateLimitMiddleware({ pluginId: plugin.getId(), config }));
    rootHttpRouter.use(`/api/${plugin.getId()}`, router);
    const credentialsBarrier = createCredentialsBarrier({ httpAuth, config });
    router.use(createAuthIntegrationRouter({ auth }));
    router.use(createLifecycleMiddleware({ config, lifecycle }));
    router.use(credentialsBarrier.middleware);
    router.use(createCookieAuthRefreshMiddleware({ auth, httpAuth }));
    const pluginRoutes = Router();
    router.use(pluginRoutes);
    router.use(unavailableAs503);
    router.use(MiddlewareFactory.create({ config, logger }).error());
    return {
      use(handler) {
        pluginRoutes.use(handler);
      },
      addAuthPolicy(policy) {
        credentialsBarrier.addAuthPolicy(policy);
      },
    };
  },
});
