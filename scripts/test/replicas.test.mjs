// Several replicas, for real: two production-mode backend processes of the portal on one
// PostgreSQL. Scheduled work runs once per cadence across them; when the replica running a task
// dies, the other takes it over after the task's timeout; readiness follows the database through
// a restart under load; SIGTERM drains in-flight requests before the process exits.
// Run by `./portal test replicas` (node --test); about four minutes.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPostgres } from './postgres.mjs';
import { eventually, listen, sleep, startBackend } from './lib/processes.mjs';
import { productionConfigs, productionEnv, randomSecrets } from './lib/productionInstall.mjs';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-replicas-'));
const TOKEN = randomBytes(24).toString('hex');
const auth = { Authorization: `Bearer ${TOKEN}` };
const CADENCE_S = 3;
const TASK_TIMEOUT_S = 15;
const secrets = randomSecrets();

// OpenCost's allocation API as the cost ingestion calls it: each replica is configured with its
// own path prefix, so every call says which replica ran the task. `hang` holds calls unanswered.
const opencost = { calls: [], hang: false, held: [] };
const answer = res => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ code: 200, data: [] }));
};

// A catalog file that takes three seconds to read: a request in flight while a replica stops.
const SLOW_ENTITY =
  'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: slow-read\nspec:\n  type: service\n  lifecycle: production\n  owner: group:default/platform-team\n';

let postgres;
let fakes;
const replicas = {};

/** The installation's overlay: each replica names itself in the path it calls OpenCost on. */
const overlay = name => `backend:
  lifecycle:
    serverShutdownDelay: { seconds: 2 }
  auth:
    externalAccess:
      - type: static
        options: { token: ${TOKEN}, subject: replicas-test }
        accessRestrictions: [{ plugin: catalog }]
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
`;

/** Starts one replica: the production backend, as the container runs it, on `port`. */
async function startReplica(name, port) {
  const dir = fs.mkdtempSync(path.join(scratch, `${name}-`));
  const replica = await startBackend({
    name,
    port,
    configs: productionConfigs({ dir, port, overlay: overlay(name) }),
    env: productionEnv({ port, postgres, secrets }),
    logDir: scratch,
  });
  replicas[name] = replica;
  return replica;
}

const readiness = async replica => {
  const res = await fetch(`${replica.url}/.backstage/health/v1/readiness`, { signal: AbortSignal.timeout(10_000) });
  return { status: res.status, body: await res.json() };
};

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
  await eventually(
    async () => opencost.calls.some(c => c.replica === other),
    `replica ${other} to take the task over`,
    (TASK_TIMEOUT_S + 60 + 3 * CADENCE_S + 15) * 1000,
  );
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
  assert.ok(
    during.every(r => r.status >= 500),
    `requests during the outage fail visibly: ${JSON.stringify(during.slice(0, 5))}`,
  );
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
