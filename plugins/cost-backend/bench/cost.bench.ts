/*
 * The cost backend at scale, against PostgreSQL:
 * - ingesting 30 days x 1,000 allocations from an OpenCost-shaped server on 127.0.0.1, next to a
 *   JSON.parse of the same payload;
 * - the Cost tab's API over two years of daily costs for 1,000 entities, next to one SQL
 *   aggregate over the same rows.
 * Run by scripts/bench/cost.mjs, which starts PostgreSQL and writes the report.
 */
import { recordedMetrics } from '@internal/test-fakes';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { EntityScope, RollupScopes } from '@internal/plugin-catalog-scopes-node';
import { DAY_MS, isoDay } from '@internal/plugin-cost-common';
import knexFactory from 'knex';
import fs from 'node:fs';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { quietLogger, timeEach, timeOnce } from '@internal/bench-utils';
import { CostStore } from '../src/database/CostStore';
import { allocation } from '../src/__testUtils__/fakes';
import { Ingestor } from '../src/service/Ingestor';
import { CostViews } from '../src/service/CostViews';
import { openCostSource } from '../src/sources/opencost';

const ENTITIES = 1000;
const ALLOCATIONS = 1000;
const INGEST_DAYS = 30;
const HISTORY_DAYS = 730;
const NOW = Date.now();

const component = (i: number): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: `svc-${i}`, namespace: 'default' },
  spec: { type: 'service', lifecycle: 'production' },
});

/** Catalog answers without the catalog: the benchmark measures the cost plugin's own work. */
class BenchScopes extends RollupScopes {
  constructor() {
    super(undefined as never);
  }
  async resolve(entityRef: string): Promise<EntityScope> {
    const i = Number(entityRef.split('svc-')[1]);
    return { entityRef, entity: component(i), scope: 'service', services: [entityRef] };
  }
}
// Twenty peers of the same type and lifecycle, as the catalog would list them.
const catalog = {
  async getEntities() {
    return { items: Array.from({ length: 20 }, (_, i) => component(i * 37)) };
  },
} as unknown as CatalogService;

/** An OpenCost /allocation/compute answer: one set per day, ALLOCATIONS namespaces each. */
function openCostPayload(): string {
  const data = [];
  for (let d = INGEST_DAYS; d >= 1; d--) {
    const day = isoDay(NOW - d * DAY_MS);
    const set: Record<string, unknown> = {};
    for (let a = 0; a < ALLOCATIONS; a++) {
      set[`ns-${a}`] = allocation(`ns-${a}`, day, { cpuCost: 0.3 + (a % 7) * 0.01, ramCost: 0.12, pvCost: 0.05, networkCost: 0.01, totalCost: 0.48 });
    }
    data.push(set);
  }
  return JSON.stringify({ code: 200, data });
}

async function loadHistory(knex: ReturnType<typeof knexFactory>) {
  const t0 = Date.now();
  await knex.raw(`INSERT INTO cost_dimension_map SELECT 'tag', 'svc-' || e, 'component:default/svc-' || e FROM generate_series(0, ?::int - 1) e`, [ENTITIES]);
  // Three categories a day for every entity, two years back.
  await knex.raw(
    `INSERT INTO cost_daily (source, date, dimension_kind, dimension_key, category, amount)
     SELECT 'aws', to_char(to_timestamp(?::bigint / 1000) - (d || ' days')::interval, 'YYYY-MM-DD'), 'tag', 'svc-' || e, c,
            1 + (abs(hashtext(e || '-' || d || c)) % 1000) / 100.0
     FROM generate_series(0, ?::int - 1) e, generate_series(0, ?::int - 1) d, unnest(array['compute', 'memory', 'storage']) c`,
    [NOW, ENTITIES, HISTORY_DAYS],
  );
  await knex.raw('ANALYZE');
  const [{ n }] = await knex('cost_daily').count({ n: '*' });
  return { seconds: (Date.now() - t0) / 1000, rows: Number(n) };
}

async function main() {
  const knex = knexFactory({ client: 'pg', connection: process.env.BENCH_POSTGRES_URL, pool: { min: 2, max: 10 } });
  const store = await CostStore.create({ getClient: async () => knex });

  // Ingest: the full path from an OpenCost-shaped server into PostgreSQL, several times.
  const payload = openCostPayload();
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(payload);
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const source = openCostSource({
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    aggregate: 'namespace',
    maxDailyAmount: 1_000_000,
    timeoutMs: 120_000,
  });
  const ingestor = new Ingestor(store, quietLogger, { retries: 0, backoffMs: 0 }, recordedMetrics().service);
  const from = isoDay(NOW - INGEST_DAYS * DAY_MS);
  const to = isoDay(NOW - DAY_MS);
  const ingestRuns: number[] = [];
  const parseRuns: number[] = [];
  const fetchRuns: number[] = [];
  let lines = 0;
  for (let i = 0; i < 5; i++) {
    parseRuns.push(await timeOnce(() => JSON.parse(payload)));
    fetchRuns.push(await timeOnce(() => source.fetch(from, to)));
    let stored: Awaited<ReturnType<Ingestor['run']>>;
    ingestRuns.push(await timeOnce(async () => (stored = await ingestor.run(source, from, to))));
    lines = stored!.lines.length;
  }
  server.close();
  const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
  await knex('cost_daily').delete();

  const loaded = await loadHistory(knex);
  const views = new CostViews({
    store,
    scopes: new BenchScopes(),
    catalog,
    currency: 'USD',
    significantChangePercent: 20,
    staleAfterMs: DAY_MS,
    now: () => NOW,
  });
  const credentials = {} as BackstageCredentials;
  const entity = (i: number) => `component:default/svc-${(i * 7919) % ENTITIES}`;
  const tab = await timeEach(200, i => views.entityView(entity(i), credentials, false));
  const floor = await timeEach(200, i =>
    knex.raw(
      `SELECT c.date, sum(c.amount) FROM cost_daily c JOIN cost_dimension_map m
         ON m.dimension_kind = c.dimension_kind AND m.dimension_key = c.dimension_key
       WHERE m.entity_ref = ? AND c.date >= ? GROUP BY c.date`,
      [entity(i), isoDay(NOW - 89 * DAY_MS)],
    ),
  );

  fs.writeFileSync(
    process.env.BENCH_RESULT_FILE!,
    JSON.stringify(
      {
        ingest: {
          days: INGEST_DAYS,
          allocations: ALLOCATIONS,
          bytes: payload.length,
          lines,
          ms: median(ingestRuns),
          fetchMs: median(fetchRuns),
          parseMs: median(parseRuns),
        },
        loaded,
        tab,
        floor,
        rssMiB: process.memoryUsage().rss / 2 ** 20,
      },
      null,
      2,
    ),
  );
  await knex.destroy();
}

main().catch(error => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
