import { mockServices, TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import express from 'express';
import request from 'supertest';
import { recordedMetrics } from '@internal/test-fakes';
import { OpenRouteCounter, createOpenRouteLimiter, readOpenRouteLimit } from './rateLimit';

jest.setTimeout(60_000);

describe('open route rate limits', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_18'] });

  async function app(databaseId: TestDatabaseId, limit: number, metrics = recordedMetrics()) {
    const knex = await databases.init(databaseId);
    const limiter = await createOpenRouteLimiter({
      metrics: metrics.service,
      route: 'test-webhook',
      database: { getClient: async () => knex },
      config: mockServices.rootConfig({ data: { portal: { openRoutes: { rateLimit: { limit, window: 'PT1M' } } } } }),
      logger: mockServices.logger.mock(),
    });
    const server = express();
    server.set('trust proxy', 'loopback');
    server.post('/hook', limiter, (req, res) => {
      if (req.header('x-signature') === 'wrong') res.status(401).json({ error: { message: 'wrong signature' } });
      else if (req.header('x-signature') === 'store-down') res.status(503).json({ error: { message: 'database away' } });
      else res.status(202).json({ status: 'accepted' });
    });
    return { server, knex };
  }

  it.each(databases.eachSupportedId())('answers 429 with Retry-After past the limit, per source, on %p', async databaseId => {
    const { server } = await app(databaseId, 3);
    const from = (ip: string) => request(server).post('/hook').set('x-forwarded-for', ip);
    for (let i = 0; i < 3; i++) expect((await from('203.0.113.1')).status).toBe(202);
    const refused = await from('203.0.113.1');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(refused.body.error.message).toMatch(/Too many requests from this address to test-webhook/);
    // Another sender is not affected.
    expect((await from('198.51.100.7')).status).toBe(202);
  });

  it.each(databases.eachSupportedId())('holds one limit across replicas sharing the database, on %p', async databaseId => {
    const knex = await databases.init(databaseId);
    const [a, b] = await Promise.all([OpenRouteCounter.create(knex, 60_000), OpenRouteCounter.create(knex, 60_000)]);
    const now = Date.now();
    for (let i = 0; i < 7; i++) a.hit('route', '203.0.113.9', now);
    for (let i = 0; i < 5; i++) b.hit('route', '203.0.113.9', now);
    await a.flush(now);
    await b.flush(now);
    await a.flush(now);
    // After their counts meet, each replica counts every request of the window, wherever it went;
    // what the other took since its last flush it learns at the next.
    expect(a.hit('route', '203.0.113.9', now)).toBe(13);
    expect(b.hit('route', '203.0.113.9', now)).toBe(13);
    await a.flush(now);
    await b.flush(now);
    expect(b.hit('route', '203.0.113.9', now)).toBe(15);
    // Another source, and the next window, start again.
    expect(a.hit('route', '198.51.100.1', now)).toBe(1);
    expect(a.hit('route', '203.0.113.9', now + 60_000)).toBe(1);
    await a.flush(now + 60_000);
    await b.prune(now + 120_000);
    expect(Number((await knex('open_route_hits').count({ n: '*' }))[0].n)).toBe(1);
  });

  it.each(databases.eachSupportedId())('counts each delivery by what became of it, on %p', async databaseId => {
    const metrics = recordedMetrics();
    const { server } = await app(databaseId, 4, metrics);
    const send = (signature = 'right') => request(server).post('/hook').set('x-forwarded-for', '203.0.113.5').set('x-signature', signature);
    const count = (outcome: string) => metrics.value('portal.webhook.deliveries', { route: 'test-webhook', outcome });
    // Before any delivery, every outcome is a series at 0.
    expect(await count('accepted')).toBe(0);
    expect(await count('rate_limited')).toBe(0);
    await send();
    await send();
    await send('wrong');
    await send('store-down');
    await send();
    expect(await count('accepted')).toBe(2);
    expect(await count('refused')).toBe(1);
    expect(await count('failed')).toBe(1);
    expect(await count('rate_limited')).toBe(1);
  });

  it('reads its limit and window, and refuses a limit of nothing', () => {
    expect(readOpenRouteLimit(mockServices.rootConfig({ data: {} }))).toEqual({ limit: 600, windowMs: 60_000 });
    expect(readOpenRouteLimit(mockServices.rootConfig({ data: { portal: { openRoutes: { rateLimit: { limit: 20, window: 'PT10S' } } } } }))).toEqual({
      limit: 20,
      windowMs: 10_000,
    });
    expect(() => readOpenRouteLimit(mockServices.rootConfig({ data: { portal: { openRoutes: { rateLimit: { limit: 0 } } } } }))).toThrow('above 0');
  });
});
