import knexFactory from 'knex';
import { PortalHealth } from './health';

function lifecycle() {
  const hooks = { startup: [] as (() => void)[], beforeShutdown: [] as (() => void)[] };
  return {
    hooks,
    addStartupHook: (hook: () => void) => void hooks.startup.push(hook),
    addBeforeShutdownHook: (hook: () => void) => void hooks.beforeShutdown.push(hook),
  };
}

describe('PortalHealth', () => {
  it('is ready only between start and shutdown, and stays alive throughout', async () => {
    const l = lifecycle();
    const database = knexFactory({ client: 'better-sqlite3', connection: ':memory:', useNullAsDefault: true });
    const health = new PortalHealth(l, database);
    expect(await health.getReadiness()).toEqual({ status: 503, payload: { status: 'error', message: 'Backend has not started yet' } });
    l.hooks.startup.forEach(h => h());
    expect(await health.getReadiness()).toEqual({ status: 200, payload: { status: 'ok' } });
    l.hooks.beforeShutdown.forEach(h => h());
    expect(await health.getReadiness()).toEqual({ status: 503, payload: { status: 'error', message: 'Backend is shutting down' } });
    expect(await health.getLiveness()).toEqual({ status: 200, payload: { status: 'ok' } });
    await database.destroy();
  });

  it('is not ready while the database cannot be reached, and says so within the probe timeout', async () => {
    const l = lifecycle();
    // Nothing listens on port 1.
    const database = knexFactory({
      client: 'pg',
      connection: { host: '127.0.0.1', port: 1, user: 'x', password: 'x' },
      pool: { min: 0, max: 1 },
      acquireConnectionTimeout: 500,
    });
    const health = new PortalHealth(l, database, 1_000);
    l.hooks.startup.forEach(h => h());
    const started = Date.now();
    expect(await health.getReadiness()).toEqual({ status: 503, payload: { status: 'error', message: 'The database cannot be reached' } });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect((await health.getLiveness()).status).toBe(200);
    await database.destroy();
  });
});
