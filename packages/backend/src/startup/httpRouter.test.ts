import { MiddlewareFactory } from '@backstage/backend-defaults/rootHttpRouter';
import { mockServices } from '@backstage/backend-test-utils';
import express from 'express';
import knexFactory from 'knex';
import request from 'supertest';
import { isUnavailable, notBeforeStarted, unavailableAs503 } from './httpRouter';

function app(started: Promise<void>, route: express.RequestHandler) {
  const middleware = MiddlewareFactory.create({ config: mockServices.rootConfig(), logger: mockServices.logger.mock() });
  const server = express();
  server.use(notBeforeStarted(started, 200));
  server.get('/.backstage/health/v1/readiness', (_req, res) => res.status(503).json({ status: 'error' }));
  server.get('/api/thing', route);
  server.use(unavailableAs503);
  server.use(middleware.error());
  return server;
}

describe('the root router additions', () => {
  it('holds a request that comes while the backend starts, and answers 503 with Retry-After if the start takes longer', async () => {
    let markStarted = () => {};
    const started = new Promise<void>(resolve => {
      markStarted = resolve;
    });
    const server = app(started, (_req, res) => res.json({ ok: true }));
    const early = await request(server).get('/api/thing');
    expect(early.status).toBe(503);
    expect(early.headers['retry-after']).toBe('5');
    expect(early.body.error.message).toBe('The portal is starting; try again shortly');
    expect((await request(server).get('/.backstage/health/v1/readiness')).body).toEqual({ status: 'error' });

    const held = request(server)
      .get('/api/thing')
      .then(r => r);
    await new Promise(resolve => setTimeout(resolve, 50));
    markStarted();
    expect((await held).body).toEqual({ ok: true });
    expect((await request(server).get('/api/thing')).body).toEqual({ ok: true });
  });

  it('turns a database that cannot be reached into 503 with Retry-After, naming nothing of it', async () => {
    const knex = knexFactory({
      client: 'pg',
      connection: { host: '127.0.0.1', port: 9, user: 'u', password: 'secret-pw' },
      pool: { min: 0, max: 1 },
      acquireConnectionTimeout: 2_000,
    });
    const server = app(Promise.resolve(), async (_req, _res, next) => {
      await knex.raw('select 1').catch(next);
    });
    const res = await request(server).get('/api/thing');
    await knex.destroy();
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBe('5');
    expect(JSON.stringify(res.body)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|:9\b|secret-pw/);
    expect(res.body.error.message).toBe('The portal cannot reach its database right now; try again shortly');
  });

  it('leaves every other error to the usual handler', async () => {
    const server = app(Promise.resolve(), () => {
      throw new Error('boom');
    });
    expect((await request(server).get('/api/thing')).status).toBe(500);
    expect(isUnavailable(Object.assign(new Error('x'), { code: 'ENOENT' }))).toBe(false);
    expect(isUnavailable(new Error('outer', { cause: Object.assign(new Error('inner'), { code: '57P01' }) }))).toBe(true);
  });
});
