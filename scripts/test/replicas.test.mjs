// Several replicas, for real: two production-mode backend processes of the portal on one
// PostgreSQL. Scheduled work runs once per cadence across them; when the replica running a task
// dies, the other takes it over after the task's timeout; readiness follows the database through
// a restart under load; SIGTERM drains in-flight requests before the process exits.
// Run by `./portal test replicas` (node --test); about four minutes.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { startPostgres } from './postgres.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(path.join(root, 'package.json'));
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-replicas-'));
const TOKEN = randomBytes(24).toString('hex');
const auth = { Authorization: `Bearer ${TOKEN}` };
const CADENCE_S = 3;
const TASK_TIMEOUT_S = 15;
const sleep = ms => new Promise(r => setTimeout(r, ms));

/** Listens on a free port of 127.0.0.1. */
async function listen(handler) {
  const server = http.createServer(handler);
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
  return { server, port: server.address().port };
}

// OpenCost's allocation API as the cost ingestion calls it: each replica is configured with its
// own path prefix, so every call says which replica ran the task. `hang` holds calls unanswered.
const opencost = { calls: [], hang: false, held: [] };
const answer = res => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ code: 200, data: [] }));
};

// A catalog file that takes three seconds to read: a request in flight while a replica stops.
const SLOW_ENTITY = 'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: slow-read\nspec:\n  type: service\n  lifecycle: production\n  owner: group:default/platform-team\n';

let postgres;
let fakes;
const replicas = {};

function overlay(name, port) {
  const file = path.join(scratch, `app-config.${name}.yaml`);
  fs.writeFileSync(
    file,
    `backend:
  baseUrl: http://127.0.0.1:${port}
  listen: { port: ${port} }
  database:
    client: pg
    connection: ${JSON.stringify(postgres.connectionString)}
  lifecycle:
    serverShutdownDelay: { seconds: 2 }
  auth:
    externalAccess:
      - type: static
        options: { token: ${TOKEN}, subject: replicas-test }
  reading:
    allow:
      - host: 127.0.0.1:${fakes.slowPort}
cost:
  schedule: PT${CADENCE_S}S
  ingestTimeout: PT${TASK_TIMEOUT_S}S
  retries: 0
  timeoutMs: 120000
  opencost:
    baseUrl: http://127.0.0.1:${fakes.opencostPort}/${name}
`,
  );
  return file;
}

/** Starts one replica: the production backend, as the container runs it, on `port`. */
async function startReplica(name, port) {
  const log = fs.openSync(path.join(scratch, `${name}.log`), 'w');
  const secrets = Object.fromEntries(
    ['DORA_GITHUB_WEBHOOK_SECRET', 'DORA_ARGOCD_TOKEN', 'DORA_INCIDENT_WEBHOOK_SECRET', 'DORA_PAGERDUTY_WEBHOOK_SECRET', 'ARGOCD_TOKEN', 'DATADOG_API_KEY', 'DATADOG_APP_KEY', 'N8N_WEBHOOK_TOKEN', 'N8N_CALLBACK_SECRET', 'GITHUB_TOKEN'].map(n => [
      n,
      randomBytes(12).toString('hex'),
    ]),
  );
  const child = spawn(
    process.execPath,
    ['--require', require.resolve('@backstage/cli/config/nodeTransform.cjs'), 'src/index.ts', '--config', '../../app-config.yaml', '--config', overlay(name, port)],
    { cwd: path.join(root, 'packages/backend'), stdio: ['ignore', log, log], env: { ...process.env, ...secrets, NODE_ENV: 'production', LOG_LEVEL: 'warn' } },
  );
  const exited = new Promise(resolve => child.on('exit', (code, signal) => resolve({ code, signal })));
  const replica = { name, port, child, exited, url: `http://127.0.0.1:${port}` };
  replicas[name] = replica;
  const deadline = Date.now() + 240_000;
  for (;;) {
    const ready = await fetch(`${replica.url}/.backstage/health/v1/readiness`).then(r => r.ok, () => false);
    if (ready) return replica;
    if (child.exitCode !== null || Date.now() > deadline) {
      throw new Error(`replica ${name} did not become ready:\n${fs.readFileSync(path.join(scratch, `${name}.log`), 'utf8').slice(-3000)}`);
    }
    await sleep(1000);
  }
}

const readiness = async replica => {
  const res = await fetch(`${replica.url}/.backstage/health/v1/readiness`, { signal: AbortSignal.timeout(10_000) });
  return { status: res.status, body: await res.json() };
};

/** Waits until `probe()` is true, checking every 250 ms; fails with `what` after `ms`. */
async function eventually(probe, what, ms) {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await probe().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(250);
  }
}

before(async () => {
  postgres = await startPostgres();
  const oc = await listen((req, res) => {
    opencost.calls.push({ replica: req.url.split('/')[1], at: Date.now() });
    if (opencost.hang) opencost.held.push(res);
    else answer(res);
  });
  const slow = await listen((_req, res) => {
    setTimeout(() => {
      res.writeHead(200, { 'content-type': 'text/yaml' });
      res.end(SLOW_ENTITY);
    }, 3_000);
  });
  fakes = { opencost: oc.server, slow: slow.server, opencostPort: oc.port, slowPort: slow.port };
  // One after the other: the first creates the databases and runs the migrations.
  await startReplica('a', 7201);
  await startReplica('b', 7202);
});

after(async () => {
  for (const replica of Object.values(replicas)) replica.child.kill('SIGKILL');
  for (const res of opencost.held) res.destroy();
  fakes?.opencost.closeAllConnections();
  fakes?.opencost.close();
  fakes?.slow.closeAllConnections();
  fakes?.slow.close();
  await postgres?.stop();
  fs.rmSync(scratch, { recursive: true, force: true });
});

test('scheduled work runs once per cadence across two replicas, not once per replica', async () => {
  await sleep(2 * CADENCE_S * 1000);
  opencost.calls.length = 0;
  const windowS = 30;
  await sleep(windowS * 1000);
  const calls = [...opencost.calls].sort((x, y) => x.at - y.at);
  // One run every CADENCE_S seconds at most, whichever replica ran it.
  assert.ok(calls.length >= windowS / CADENCE_S / 2, `only ${calls.length} runs in ${windowS} s`);
  assert.ok(calls.length <= windowS / CADENCE_S + 1, `${calls.length} runs in ${windowS} s: the task ran on both replicas`);
});

test('when the replica running a task dies, the other takes the task over after its timeout', async () => {
  opencost.hang = true;
  opencost.calls.length = 0;
  await eventually(async () => opencost.calls.length > 0, 'a run of the cost ingestion', 30_000);
  const { replica: runner, at: started } = opencost.calls[0];
  const other = runner === 'a' ? 'b' : 'a';
  replicas[runner].child.kill('SIGKILL');
  await replicas[runner].exited;
  delete replicas[runner];
  // The claim of the dead replica expires after the task's timeout; the scheduler's janitor
  // releases expired claims once a minute; then the next check of the other replica runs it.
  await eventually(async () => opencost.calls.some(c => c.replica === other), `replica ${other} to take the task over`, (TASK_TIMEOUT_S + 60 + 3 * CADENCE_S + 15) * 1000);
  const tookOver = opencost.calls.find(c => c.replica === other).at - started;
  assert.ok(tookOver >= (TASK_TIMEOUT_S - 2) * 1000, `taken over after ${tookOver} ms, before the ${TASK_TIMEOUT_S} s timeout`);
  opencost.hang = false;
  for (const res of opencost.held.splice(0)) answer(res);
});

test('readiness follows the database through a restart under load, without restarting the portal', async () => {
  const [replica] = Object.values(replicas);
  assert.deepEqual(await readiness(replica), { status: 200, body: { status: 'ok' } });
  const results = [];
  let loading = true;
  const worker = async () => {
    while (loading) {
      const startedAt = Date.now();
      const status = await fetch(`${replica.url}/api/catalog/entities/by-query?limit=1`, { headers: auth, signal: AbortSignal.timeout(60_000) }).then(
        r => r.status,
        () => 0,
      );
      results.push({ status, ms: Date.now() - startedAt, at: startedAt });
      await sleep(100);
    }
  };
  const workers = [worker(), worker(), worker(), worker()];
  await sleep(2_000);

  const down = Date.now();
  await postgres.pause();
  await eventually(async () => (await readiness(replica)).status === 503, 'readiness to turn 503', 15_000);
  assert.deepEqual((await readiness(replica)).body, { status: 'error', message: 'The database cannot be reached' });
  await sleep(5_000);
  await postgres.resume();
  const up = Date.now();
  await eventually(async () => (await readiness(replica)).status === 200, 'readiness to recover', 60_000);
  await eventually(
    async () => (await fetch(`${replica.url}/api/catalog/entities/by-query?limit=1`, { headers: auth })).status === 200,
    'the catalog to answer again',
    60_000,
  );
  loading = false;
  await Promise.all(workers);

  assert.equal(replica.child.exitCode, null, 'the replica kept running');
  const before = results.filter(r => r.at + r.ms < down);
  const during = results.filter(r => r.at > down + 1_000 && r.at < up - 1_000);
  assert.ok(before.length > 0 && before.every(r => r.status === 200), `requests before the outage succeed: ${JSON.stringify(before.slice(0, 5))}`);
  assert.ok(during.length > 0, 'requests were made during the outage');
  assert.ok(during.every(r => r.status >= 500), `requests during the outage fail visibly: ${JSON.stringify(during.slice(0, 5))}`);
  assert.ok(Math.max(...results.map(r => r.ms)) < 30_000, `a request hung for ${Math.max(...results.map(r => r.ms))} ms`);
});

test('SIGTERM: readiness turns 503 at once, requests in flight finish, then the process exits', async () => {
  const [replica] = Object.values(replicas);
  const inFlight = fetch(`${replica.url}/api/catalog/locations?dryRun=true`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'url', target: `http://127.0.0.1:${fakes.slowPort}/catalog-info.yaml` }),
  });
  await sleep(500);
  replica.child.kill('SIGTERM');
  await eventually(async () => (await readiness(replica)).status === 503, 'readiness to turn 503', 1_500);
  assert.deepEqual((await readiness(replica)).body, { status: 'error', message: 'Backend is shutting down' });
  const response = await inFlight;
  assert.equal(response.status, 201);
  const { entities } = await response.json();
  assert.deepEqual(
    entities.filter(e => e.kind === 'Component').map(e => e.metadata.name),
    ['slow-read'],
  );
  const exit = await Promise.race([replica.exited, sleep(30_000).then(() => 'still running')]);
  assert.deepEqual(exit, { code: 0, signal: null });
  await assert.rejects(fetch(`${replica.url}/.backstage/health/v1/readiness`), 'nothing listens any more');
});
