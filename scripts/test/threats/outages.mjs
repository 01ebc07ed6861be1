// Finding 6: PostgreSQL going away, and the backend starting while it is away. These tests stop
// the shared database, so they run last.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { env, githubSignature } from './environment.mjs';
import { eventually, freePort, sleep, startBackend } from '../lib/processes.mjs';

describe('database outages', () => {
  test('a signed webhook while PostgreSQL is down gets 503 with Retry-After, and nothing of the database', async () => {
    const body = JSON.stringify({ ref: 'refs/heads/main', repository: { full_name: 'acme/outage', default_branch: 'main' }, commits: [] });
    const post = () =>
      env.api('/api/dora/webhooks/github', {
        method: 'POST',
        body,
        headers: {
          'content-type': 'application/json',
          'x-github-event': 'push',
          'x-github-delivery': `outage-${Date.now()}`,
          'x-hub-signature-256': githubSignature(body),
          'x-forwarded-for': '192.0.2.60',
        },
      });
    await env.postgres.pause();
    try {
      const res = await post();
      const text = await res.text();
      assert.equal(res.status, 503, text);
      assert.ok(Number(res.headers.get('retry-after')) > 0, 'no Retry-After');
      const pg = new URL(env.postgres.connectionString);
      for (const internal of [pg.port, 'ECONNREFUSED', 'connect', 'knex', 'pool']) {
        assert.ok(!text.includes(internal), `the body names ${internal}: ${text}`);
      }
    } finally {
      await env.postgres.resume();
    }
    await eventually(async () => (await post()).status === 202, 'deliveries to be taken again', 60_000);
  });

  test('a backend started while its database is down exits non-zero, saying why (the next test starts one with it up)', async () => {
    const port = await freePort();
    const closed = await freePort();
    const down = await startBackend({
      name: 'database-down',
      port,
      configs: env.configsFor(port),
      env: { ...env.backendEnv, POSTGRES_PORT: String(closed), PORTAL_BASE_URL: `http://127.0.0.1:${port}` },
      logDir: env.scratch,
      wait: false,
    });
    const exit = await Promise.race([down.exited, sleep(120_000).then(() => 'still running')]);
    await down.stop();
    assert.notEqual(exit, 'still running', 'the backend kept running without its database');
    assert.notEqual(exit.code, 0);
    assert.match(down.log(), /could not start: it cannot connect to its database/);
  });

  test('before its plugins are mounted, a starting backend answers 503, not 404', async () => {
    const port = await freePort();
    const starting = await startBackend({
      name: 'starting',
      port,
      configs: env.configsFor(port),
      env: { ...env.backendEnv, PORTAL_BASE_URL: `http://127.0.0.1:${port}` },
      logDir: env.scratch,
      wait: false,
    });
    const seen = [];
    try {
      for (const deadline = Date.now() + 240_000; Date.now() < deadline; await sleep(20)) {
        const res = await fetch(`http://127.0.0.1:${port}/api/catalog/entities?limit=1`).catch(() => undefined);
        if (!res) continue;
        seen.push({ status: res.status, body: await res.text() });
        if (res.status === 401) break; // the catalog is mounted and asks for credentials
      }
    } finally {
      await starting.stop();
    }
    assert.ok(
      seen.some(s => s.status === 401),
      `the catalog never answered: ${JSON.stringify(seen.slice(-3))}`,
    );
    const early = seen.filter(s => s.status !== 401);
    assert.ok(
      early.every(s => s.status === 503),
      `before start-up: ${JSON.stringify([...new Set(early.map(s => s.status))])}`,
    );
  });
});
