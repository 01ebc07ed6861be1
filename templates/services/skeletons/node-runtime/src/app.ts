import express, { NextFunction, Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { ConfigProvider } from './config.js';
import { log } from './logger.js';

/** Something the service needs to be ready: a database, a queue, another service. */
export interface Dependency {
  name: string;
  check(): Promise<void>;
}

export function createApp(options: { config: ConfigProvider; dependencies?: Dependency[] }) {
  const app = express();
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests by method, route and status',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  });
  const durations = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by method, route and status',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  });

  // Correlation id: taken from X-Request-ID or made, returned, and on every log line.
  app.use((req: Request, res: Response, next: NextFunction) => {
    const requestId = req.header('x-request-id') || randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('X-Request-ID', requestId);
    const end = durations.startTimer();
    res.on('finish', () => {
      const labels = { method: req.method, route: req.route?.path ?? req.path, status: String(res.statusCode) };
      requests.inc(labels);
      end(labels);
      log('info', 'request', { requestId, method: req.method, path: req.path, status: res.statusCode });
    });
    next();
  });

  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/health/ready', async (_req, res) => {
    const results = await Promise.all(
      (options.dependencies ?? []).map(async d => {
        try {
          await d.check();
          return { name: d.name, status: 'ok' };
        } catch (error) {
          return { name: d.name, status: 'failing', error: (error as Error).message };
        }
      }),
    );
    const ready = results.every(r => r.status === 'ok');
    res.status(ready ? 200 : 503).json({ status: ready ? 'ok' : 'failing', dependencies: results });
  });

  app.get('/metrics', async (_req, res) => {
    res.type(registry.contentType).send(await registry.metrics());
  });

  return app;
}
