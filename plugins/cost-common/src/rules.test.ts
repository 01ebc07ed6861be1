import fc from 'fast-check';
import { allocate, dimensionOwners, rollup } from './attribution';
import { budgetStatus } from './budgets';
import { COST_CATEGORIES, CostLine, totalOf, zeroAmounts } from './costs';
import { estimateMonthly } from './estimate';
import { forecastMonth, monthOverMonth, peerComparison } from './months';

const line = (kind: CostLine['kind'], key: string, category: CostLine['category'], amount: number, date = '2026-11-01'): CostLine => ({
  kind,
  key,
  category,
  amount,
  date,
});

describe('attribution, by hand', () => {
  const owners = dimensionOwners([
    { kind: 'namespace', key: 'payments', entityRef: 'component:default/payments-api' },
    { kind: 'tag', key: 'ledger', entityRef: 'component:default/ledger-service' },
    { kind: 'namespace', key: 'checkout', entityRef: 'component:default/checkout-api' },
  ]);
  const { byEntity, unallocated } = allocate(
    [
      line('namespace', 'payments', 'compute', 10),
      line('namespace', 'payments', 'memory', 4.5),
      line('tag', 'ledger', 'storage', 2.25),
      line('namespace', 'checkout', 'network', 1),
      line('namespace', 'kube-system', 'compute', 7),
      line('label', 'app=payments', 'compute', 3),
    ],
    owners,
  );

  it('gives each line to the entity that claims its dimension', () => {
    expect(byEntity.get('component:default/payments-api')).toEqual({ ...zeroAmounts(), compute: 10, memory: 4.5 });
    expect(byEntity.get('component:default/ledger-service')).toEqual({ ...zeroAmounts(), storage: 2.25 });
    expect(byEntity.get('component:default/checkout-api')).toEqual({ ...zeroAmounts(), network: 1 });
    expect(byEntity.has('component:default/checkout-web')).toBe(false);
  });

  it('keeps what nobody claims as unallocated', () => {
    // kube-system and a label nobody claims: 7 + 3.
    expect(unallocated).toEqual({ ...zeroAmounts(), compute: 10 });
  });

  it('rolls a group up from its components, each counted once', () => {
    const team = rollup(byEntity, ['component:default/payments-api', 'component:default/ledger-service', 'component:default/payments-api']);
    expect(totalOf(team)).toBe(16.75);
  });
});

const KEYS = ['a', 'b', 'c', 'd'];
const lineArb = fc.record({
  kind: fc.constantFrom<CostLine['kind']>('namespace', 'label', 'tag'),
  key: fc.constantFrom(...KEYS),
  date: fc.constant('2026-11-01'),
  category: fc.constantFrom(...COST_CATEGORIES),
  // Whole cents, as sources report them.
  amount: fc.integer({ min: 0, max: 1_000_000 }).map(c => c / 100),
});
const claimArb = fc.record({
  kind: fc.constantFrom<CostLine['kind']>('namespace', 'label', 'tag'),
  key: fc.constantFrom(...KEYS),
  entityRef: fc.constantFrom('component:default/x', 'component:default/y', 'component:default/z'),
});

describe('attribution properties', () => {
  it('preserves totals: allocated plus unallocated equals the source total', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 60 }), fc.array(claimArb, { maxLength: 8 }), (lines, claims) => {
        const { byEntity, unallocated } = allocate(lines, dimensionOwners(claims));
        const allocated = [...byEntity.values()].reduce((sum, a) => sum + totalOf(a), 0);
        const source = lines.reduce((sum, l) => sum + l.amount, 0);
        expect(allocated + totalOf(unallocated)).toBeCloseTo(source, 6);
      }),
    );
  });

  it('rolls up to the sum of the parts', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 60 }), fc.array(claimArb, { maxLength: 8 }), (lines, claims) => {
        const { byEntity } = allocate(lines, dimensionOwners(claims));
        const all = rollup(byEntity, byEntity.keys());
        const parts = [...byEntity.values()].reduce((sum, a) => sum + totalOf(a), 0);
        expect(totalOf(all)).toBeCloseTo(parts, 6);
        for (const c of COST_CATEGORIES) {
          expect(all[c]).toBeCloseTo(
            [...byEntity.values()].reduce((sum, a) => sum + a[c], 0),
            6,
          );
        }
      }),
    );
  });
});

describe('months, budgets and estimates, by hand', () => {
  // November: 10 a day for the first 10 days, then 20 a day until the 14th.
  const daily = [
    ...Array.from({ length: 10 }, (_, i) => ({ date: `2026-11-${String(i + 1).padStart(2, '0')}`, amounts: { ...zeroAmounts(), compute: 10 } })),
    ...Array.from({ length: 4 }, (_, i) => ({ date: `2026-11-${String(i + 11).padStart(2, '0')}`, amounts: { ...zeroAmounts(), compute: 20 } })),
  ];

  it('forecasts the month from the last seven days', () => {
    // Month to date 100 + 80 = 180; last 7 days: 3 x 10 + 4 x 20 = 110, mean 110/7; 16 days left.
    const { monthToDate, forecast, lastDay } = forecastMonth(daily, '2026-11');
    expect(monthToDate).toBe(180);
    expect(lastDay).toBe('2026-11-14');
    expect(forecast).toBeCloseTo(180 + (110 / 7) * 16, 6);
  });

  it('flags a month-over-month change past the threshold', () => {
    expect(monthOverMonth(125, 100, 20)).toEqual({ change: 0.25, significant: true });
    expect(monthOverMonth(110, 100, 20)).toEqual({ change: 0.1, significant: false });
    expect(monthOverMonth(50, 0, 20)).toEqual({ change: undefined, significant: false });
  });

  it('places a service among its peers', () => {
    expect(peerComparison(30, [10, 20, 30, 40])).toEqual({ peers: 4, median: 25, percentile: 75 });
    expect(peerComparison(5, [])).toEqual({ peers: 0 });
  });

  it('says when a budget is at risk or over', () => {
    const budget = { entityRef: 'component:default/x', monthlyAmount: 400, thresholds: [0.8, 1] };
    expect(budgetStatus(budget, 180, 431)).toEqual({
      status: 'at-risk',
      used: 0.45,
      crossed: [
        { threshold: 0.8, basis: 'forecast' },
        { threshold: 1, basis: 'forecast' },
      ],
    });
    expect(budgetStatus(budget, 330, 500).crossed[0]).toEqual({ threshold: 0.8, basis: 'actual' });
    expect(budgetStatus(budget, 400, 400).status).toBe('over');
    expect(budgetStatus(budget, 100, 200)).toEqual({ status: 'ok', used: 0.25, crossed: [] });
  });

  it('estimates a new service from the price table', () => {
    const prices = {
      currency: 'USD',
      cpuMonthly: 24,
      memoryGiBMonthly: 3,
      storageGiBMonthly: 0.1,
      sizes: { small: { cpu: 0.5, memoryGiB: 1 }, medium: { cpu: 1, memoryGiB: 2 } },
    };
    // 3 x (1 x 24) + 3 x (2 x 3) + 50 x 0.1 = 72 + 18 + 5
    expect(estimateMonthly(prices, { size: 'medium', replicas: 3, storageGiB: 50 })).toEqual({
      currency: 'USD',
      monthly: 95,
      amounts: { ...zeroAmounts(), compute: 72, memory: 18, storage: 5 },
    });
    expect(() => estimateMonthly(prices, { size: 'huge', replicas: 1, storageGiB: 0 })).toThrow("Unknown size 'huge'");
    for (const size of ['constructor', 'toString', '__proto__'])
      expect(() => estimateMonthly(prices, { size, replicas: 1, storageGiB: 0 })).toThrow(`Unknown size '${size}'`);
  });
});
