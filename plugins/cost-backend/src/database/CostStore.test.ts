import { recordedMetrics } from '@internal/test-fakes';
import { TestDatabases, mockServices } from '@backstage/backend-test-utils';
import { CostLine, dimensionOwners, totalOf } from '@internal/plugin-cost-common';
import { Ingestor } from '../service/Ingestor';
import { CostSource } from '../sources/types';
import { CostStore } from './CostStore';

jest.setTimeout(60_000);

const line = (date: string, kind: CostLine['kind'], key: string, category: CostLine['category'], amount: number): CostLine => ({
  date,
  kind,
  key,
  category,
  amount,
});

describe.each(TestDatabases.create().eachSupportedId())('cost storage and ingestion on %s', databaseId => {
  const databases = TestDatabases.create({ ids: [databaseId] });
  const storeFor = async () => CostStore.create(mockServices.database({ knex: await databases.init(databaseId) }));

  it('keeps the previous data when a source fails, retries with backoff, and says why it is stale', async () => {
    const store = await storeFor();
    const waits: number[] = [];
    const metrics = recordedMetrics();
    const ingestor = new Ingestor(
      store,
      mockServices.logger.mock(),
      {
        retries: 2,
        backoffMs: 1000,
        sleep: async ms => {
          waits.push(ms);
        },
      },
      metrics.service,
    );
    const good: CostSource = {
      id: 'opencost',
      fetch: async () => ({
        lines: [line('2026-11-01', 'namespace', 'payments', 'compute', 10), line('2026-11-02', 'namespace', 'payments', 'compute', 12)],
        rejected: [],
      }),
    };
    expect(await ingestor.run(good, '2026-11-01', '2026-11-02')).toBeDefined();
    let calls = 0;
    const down: CostSource = {
      id: 'opencost',
      fetch: async () => {
        calls += 1;
        throw new Error('OpenCost answered 503 Service Unavailable');
      },
    };
    expect(await ingestor.run(down, '2026-11-01', '2026-11-02')).toBeUndefined();
    expect(calls).toBe(3);
    expect(waits).toEqual([1000, 4000]);
    const garbage: CostSource = {
      id: 'opencost',
      fetch: async () => ({ lines: [], rejected: [{ where: 'allocation x', reason: 'amount is not a number: NaN' }] }),
    };
    expect(await ingestor.run(garbage, '2026-11-01', '2026-11-02')).toBeUndefined();

    await store.replaceDimensionMap(dimensionOwners([{ kind: 'namespace', key: 'payments', entityRef: 'component:default/payments-api' }]));
    const daily = (await store.dailyFor(['component:default/payments-api'], '2026-11-01')).get('component:default/payments-api')!;
    expect(daily.map(d => [d.date, totalOf(d.amounts)])).toEqual([
      ['2026-11-01', 10],
      ['2026-11-02', 12],
    ]);
    const [status] = await store.sourceStatuses();
    expect(status).toMatchObject({
      source: 'opencost',
      stale: true,
      lastError: 'all 1 lines were rejected (first: amount is not a number: NaN)',
    });
    expect(status.lastSuccessAt).toBeDefined();
    // One run that stored, two that failed (retries are part of their run), as a dashboard reads them.
    const runs = (outcome: string) => metrics.value('portal.ingestion.runs', { source: 'cost:opencost', outcome });
    expect([await runs('succeeded'), await runs('failed')]).toEqual([1, 2]);
  });

  it('allocates every stored cost once: entities plus unallocated equal the source total', async () => {
    const store = await storeFor();
    await store.replaceSourceDays('aws', '2026-11-01', '2026-11-30', [
      line('2026-11-01', 'tag', 'payments-api', 'compute', 10.25),
      line('2026-11-01', 'tag', 'payments-api', 'compute', 1.75), // a second row of the same day adds up
      line('2026-11-02', 'tag', 'checkout-api', 'storage', 4),
      line('2026-11-02', 'tag', '(untagged)', 'network', 2.5),
    ]);
    await store.replaceSourceDays('opencost', '2026-11-01', '2026-11-30', [
      line('2026-11-01', 'namespace', 'checkout', 'memory', 3),
      line('2026-11-03', 'namespace', 'kube-system', 'compute', 6),
    ]);
    await store.replaceDimensionMap(
      dimensionOwners([
        { kind: 'tag', key: 'payments-api', entityRef: 'component:default/payments-api' },
        { kind: 'tag', key: 'checkout-api', entityRef: 'component:default/checkout-api' },
        { kind: 'namespace', key: 'checkout', entityRef: 'component:default/checkout-api' },
      ]),
    );
    const refs = ['component:default/payments-api', 'component:default/checkout-api'];
    const perEntity = await store.dailyFor(refs, '2026-11-01');
    const allocated = refs.flatMap(r => perEntity.get(r) ?? []).reduce((s, d) => s + totalOf(d.amounts), 0);
    expect(allocated).toBe(19);
    const unallocated = await store.unallocated('2026-10-01', '2026-11-01');
    expect(unallocated).toEqual([
      { kind: 'namespace', key: 'kube-system', lastMonth: 0, monthToDate: 6 },
      { kind: 'tag', key: '(untagged)', lastMonth: 0, monthToDate: 2.5 },
    ]);
    expect(allocated + unallocated.reduce((s, u) => s + u.monthToDate, 0)).toBe(await store.sourceTotal('2026-11-01', '2026-11-30'));
  });

  it('stores a large import in one go', async () => {
    const store = await storeFor();
    const lines = Array.from({ length: 1500 }, (_, i) => line('2026-11-01', 'tag', `svc-${i}`, 'compute', 1));
    await store.replaceSourceDays('focus:big', '2026-11-01', '2026-11-01', lines);
    expect(await store.sourceTotal('2026-11-01', '2026-11-01')).toBe(1500);
  });

  it('sends a budget alert once per threshold and month', async () => {
    const store = await storeFor();
    expect(await store.claimAlert('component:default/x', '2026-11', 0.8)).toBe(true);
    expect(await store.claimAlert('component:default/x', '2026-11', 0.8)).toBe(false);
    expect(await store.claimAlert('component:default/x', '2026-12', 0.8)).toBe(true);
    await store.releaseAlert('component:default/x', '2026-11', 0.8);
    expect(await store.claimAlert('component:default/x', '2026-11', 0.8)).toBe(true);
  });
});
