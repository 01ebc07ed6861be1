/*
 * The DORA backend at scale, against PostgreSQL: 1M deployments, 200k changes and 10k incidents
 * for 500 services over two years. Measures the real store, rules and router; each measure has a
 * floor taken in the same run: one plain SQL statement over the same rows.
 * Run by scripts/bench/dora.mjs, which starts PostgreSQL and writes the report.
 */
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import express from 'express';
import fs from 'node:fs';
import { AddressInfo } from 'node:net';
import knexFactory, { Knex } from 'knex';
import { DoraStore } from '../src/database/DoraStore';
import { InboxProcessor } from '../src/ingest/InboxProcessor';
import { createGitHubReader } from '../src/ingest/github';
import { ConfigReader } from '@backstage/config';
import { createOpenRouteLimiter, signSha256 } from '@internal/open-routes';
import { recordedMetrics } from '@internal/test-fakes';
import { createRouter } from '../src/router';
import { DoraMetrics } from '../src/service/DoraMetrics';
import { EntityScope, RollupScopes } from '@internal/plugin-catalog-scopes-node';
import { createWebhooks } from '../src/webhooks';
import { inParallel, quietLogger, timeEach } from '@internal/bench-utils';

const SERVICES = 500;
const TEAMS = 50;
const DEPLOYMENTS = 1_000_000;
const DAY = 24 * 60 * 60 * 1000;
const SPAN = 730 * DAY;
const NOW = Date.now();
const START = NOW - SPAN;
const SECRET = 'bench-secret';

const ref = (i: number) => `component:default/svc-${i}`;
const teamOf = (i: number) => `group:default/team-${i % TEAMS}`;

/** Catalog answers without the catalog: the benchmark measures DORA's own work. */
class BenchScopes extends RollupScopes {
  constructor() {
    super(undefined as never);
  }
  async resolve(entityRef: string): Promise<EntityScope> {
    return {
      entityRef,
      entity: { apiVersion: 'backstage.io/v1alpha1', kind: 'Component', metadata: { name: entityRef } },
      scope: 'service',
      services: [entityRef],
    };
  }
  async visibleComponents() {
    return Array.from({ length: SERVICES }, (_, i) => ({ ref: ref(i), owners: [teamOf(i)] }));
  }
  async visibleGroups() {
    return Array.from({ length: TEAMS }, (_, t) => ({ ref: `group:default/team-${t}`, title: `Team ${t}`, type: 'team', children: [] }));
  }
}

async function load(knex: Knex) {
  const t0 = Date.now();
  await knex.raw(
    `INSERT INTO dora_service_map SELECT 'entity', 'component:default/svc-' || s, 'component:default/svc-' || s, 'production'
     FROM generate_series(0, ?::int - 1) s`,
    [SERVICES],
  );
  // Deployments spread evenly over two years with up to an hour of jitter; every 97th a rollback.
  await knex.raw(
    `INSERT INTO dora_deployments (id, service_kind, service_key, environment, revision, deployed_at, status, kind)
     SELECT 'bench:' || i, 'entity', 'component:default/svc-' || (i % ?), 'production', md5('r' || i),
            ?::bigint + (i::bigint * ?::bigint / ?) + abs(hashtext('j' || i)) % 3600000, 'succeeded',
            CASE WHEN i % 97 = 0 THEN 'rollback' ELSE 'normal' END
     FROM generate_series(1, ?::int) i`,
    [SERVICES, START, SPAN, DEPLOYMENTS, DEPLOYMENTS],
  );
  // One change per fifth deployment: its revision, landed up to 2 h before, first commit up to 2 days before that.
  await knex.raw(
    `INSERT INTO dora_changes (service_kind, service_key, sha, first_commit_at, landed_at)
     SELECT service_key_kind, service_key, sha, landed - abs(hashtext('f' || i)) % 172800000, landed FROM (
       SELECT i, 'entity' AS service_key_kind, 'component:default/svc-' || (i % ?) AS service_key, md5('r' || i) AS sha,
              ?::bigint + (i::bigint * ?::bigint / ?) - abs(hashtext('l' || i)) % 7200000 AS landed
       FROM generate_series(5, ?::int, 5) i) c`,
    [SERVICES, START, SPAN, DEPLOYMENTS, DEPLOYMENTS],
  );
  // An incident after every hundredth deployment, open for one to six hours.
  await knex.raw(
    `INSERT INTO dora_incidents (id, service_kind, service_key, opened_at, resolved_at, title)
     SELECT 'bench:' || i, 'entity', 'component:default/svc-' || (i % ?), opened, opened + 3600000 + abs(hashtext('r' || i)) % 18000000, 'Incident ' || i
     FROM (SELECT i, ?::bigint + (i::bigint * ?::bigint / ?) + abs(hashtext('o' || i)) % 43200000 AS opened
           FROM generate_series(100, ?::int, 100) i) x`,
    [SERVICES, START, SPAN, DEPLOYMENTS, DEPLOYMENTS],
  );
  await knex.raw('ANALYZE');
  const counts = await Promise.all(['dora_deployments', 'dora_changes', 'dora_incidents'].map(async t => Number((await knex(t).count({ n: '*' }))[0].n)));
  return { seconds: (Date.now() - t0) / 1000, deployments: counts[0], changes: counts[1], incidents: counts[2] };
}

const pushBody = (i: number) =>
  JSON.stringify({
    ref: 'refs/heads/main',
    after: `sha-${i}`,
    repository: { full_name: `acme/svc-${i % SERVICES}`, default_branch: 'main', pushed_at: Math.floor(NOW / 1000) },
    commits: Array.from({ length: 3 }, (_, c) => ({
      id: `sha-${i}-${c}`,
      timestamp: new Date(NOW - c * 3600_000).toISOString(),
      url: `https://github.com/acme/svc-${i % SERVICES}/commit/sha-${i}-${c}`,
      message: 'Change the thing that needed changing '.repeat(4),
    })),
  });

async function main() {
  const knex = knexFactory({ client: 'pg', connection: process.env.BENCH_POSTGRES_URL, pool: { min: 2, max: 10 } });
  const store = await DoraStore.create({ getClient: async () => knex });
  const loaded = await load(knex);
  const metrics = new DoraMetrics({ store, scopes: new BenchScopes(), failureWindowMs: DAY, changeLookbackMs: 30 * DAY });
  const credentials = {} as BackstageCredentials;
  const service = (i: number) => ref((i * 7919) % SERVICES);

  const floorEntity = (days: number) => (i: number) =>
    knex.raw(
      `SELECT count(*), count(DISTINCT d.deployed_at / 86400000),
              percentile_cont(0.5) WITHIN GROUP (ORDER BY d.deployed_at)
       FROM dora_deployments d JOIN dora_service_map m ON m.service_kind = d.service_kind AND m.service_key = d.service_key
       WHERE m.entity_ref = ? AND d.deployed_at >= ? AND d.deployed_at < ?`,
      [service(i), NOW - days * DAY, NOW],
    );
  const entity30 = await timeEach(200, i => metrics.entityView(service(i), 30, '2024', credentials));
  const entity180 = await timeEach(100, i => metrics.entityView(service(i), 180, '2024', credentials));
  const entityFloor30 = await timeEach(200, floorEntity(30));
  const entityFloor180 = await timeEach(100, floorEntity(180));

  const heapBefore = process.memoryUsage().heapUsed;
  const overview30 = await timeEach(20, () => metrics.overview(30, '2024', credentials));
  const overview90 = await timeEach(10, () => metrics.overview(90, '2024', credentials));
  const rssAfterOverview = process.memoryUsage().rss;
  const heapAfter = process.memoryUsage().heapUsed;
  const overviewFloor = (days: number) => () =>
    knex.raw(
      `SELECT m.entity_ref, count(*), count(DISTINCT d.deployed_at / 86400000)
       FROM dora_deployments d JOIN dora_service_map m ON m.service_kind = d.service_kind AND m.service_key = d.service_key
       WHERE d.deployed_at >= ? AND d.deployed_at < ? GROUP BY m.entity_ref`,
      [NOW - days * DAY, NOW],
    );
  const overviewFloor30 = await timeEach(20, overviewFloor(30));
  const overviewFloor90 = await timeEach(10, overviewFloor(90));

  // Ingest: signed GitHub pushes through the real router until they are stored and acknowledged.
  const logger = quietLogger;
  // Counted on the OpenTelemetry SDK, as in production.
  const counted = recordedMetrics();
  const processor = new InboxProcessor(
    store,
    { github: createGitHubReader({ incidentLabel: 'incident', deploymentWorkflowPattern: /^deploy/, workflowEnvironment: 'production' }) },
    logger,
    counted.service,
  );
  // Processing is timed on its own below, so the acknowledgements are measured without it.
  const idle = { kick() {}, run: () => processor.run() } as unknown as InboxProcessor;
  const app = express();
  app.use(
    '/api/dora',
    await createRouter({
      store,
      processor: idle,
      metrics,
      webhooks: createWebhooks({ github: SECRET }),
      httpAuth: undefined as never,
      permissions: undefined as never,
      maxBodyBytes: 1024 * 1024,
      // The real limit's counting, with a limit the benchmark stays under.
      webhookLimiter: await createOpenRouteLimiter({
        route: 'DORA webhooks',
        database: { getClient: async () => knex },
        config: new ConfigReader({ portal: { openRoutes: { rateLimit: { limit: 1_000_000 } } } }),
        logger,
        metrics: counted.service,
      }),
    }),
  );
  const server = app.listen(0, '127.0.0.1');
  await new Promise(resolve => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/dora/webhooks/github`;
  const WEBHOOKS = 5000;
  const CONCURRENCY = 16;
  const bodies = Array.from({ length: WEBHOOKS }, (_, i) => pushBody(i));
  const ingest = await inParallel(WEBHOOKS, CONCURRENCY, async i => {
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-github-event': 'push',
        'x-github-delivery': `bench-${i}`,
        'x-hub-signature-256': signSha256(SECRET, bodies[i]),
      },
      body: bodies[i],
    });
    if (res.status !== 202) throw new Error(`webhook answered ${res.status}`);
    await res.arrayBuffer();
  });
  server.close();
  await knex.schema.createTable('bench_insert_floor', t => {
    t.bigIncrements('id');
    t.string('delivery_key');
    t.text('payload');
  });
  const ingestFloor = await inParallel(WEBHOOKS, CONCURRENCY, async i => {
    await knex('bench_insert_floor').insert({ delivery_key: `bench-${i}`, payload: bodies[i] });
  });
  const t0 = Date.now();
  const processed = await processor.run();
  const processing = processed / ((Date.now() - t0) / 1000);

  const result = {
    loaded,
    entity30,
    entity180,
    entityFloor30,
    entityFloor180,
    overview30,
    overview90,
    overviewFloor30,
    overviewFloor90,
    overviewHeapMiB: (heapAfter - heapBefore) / 2 ** 20,
    rssMiB: rssAfterOverview / 2 ** 20,
    ingest: { webhooks: WEBHOOKS, concurrency: CONCURRENCY, perSecond: ingest, floorPerSecond: ingestFloor },
    processing: { deliveries: processed, perSecond: processing },
  };
  fs.writeFileSync(process.env.BENCH_RESULT_FILE!, JSON.stringify(result, null, 2));
  await knex.destroy();
}

main().catch(error => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
