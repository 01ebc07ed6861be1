import assert from 'node:assert/strict';
import { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { createApp } from '../src/app.js';
import { EnvConfigProvider } from '../src/config.js';

async function start(dependencies = [] as Parameters<typeof createApp>[0]['dependencies']) {
  const server = createApp({ config: new EnvConfigProvider({}), dependencies }).listen(0);
  await new Promise(resolve => server.once('listening', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

test('answers health, echoes the request id and counts requests', async () => {
  const app = await start();
  const live = await fetch(`${app.url}/health/live`, { headers: { 'X-Request-ID': 'abc-123' } });
  assert.equal(live.status, 200);
  assert.equal(live.headers.get('x-request-id'), 'abc-123');
  assert.equal((await fetch(`${app.url}/health/ready`)).status, 200);
  assert.match(await (await fetch(`${app.url}/metrics`)).text(), /http_requests_total\{method="GET",route="\/health\/live",status="200"\} 1/);
  app.close();
});

test('is not ready while a dependency fails', async () => {
  const app = await start([{ name: 'database', check: async () => { throw new Error('connection refused'); } }]);
  const ready = await fetch(`${app.url}/health/ready`);
  assert.equal(ready.status, 503);
  assert.deepEqual((await ready.json()).dependencies, [{ name: 'database', status: 'failing', error: 'connection refused' }]);
  app.close();
});
