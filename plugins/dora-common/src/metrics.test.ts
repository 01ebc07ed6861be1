import fc from 'fast-check';
import { attributeService } from './attribution';
import { bandsOf } from './views';
import { ChangeEvent, DeploymentEvent, IncidentEvent, ServiceEvents } from './events';
import { DAY_MS, summarize, weeklyTrend } from './summary';

const HOUR = 60 * 60 * 1000;
// A Monday, so weeks line up with the calendar in the hand computation below.
const T0 = Date.parse('2026-01-05T00:00:00Z');
const at = (hours: number) => T0 + hours * HOUR;

const change = (sha: string, firstCommitH: number, landedH: number): ChangeEvent => ({
  sha,
  firstCommitAt: at(firstCommitH),
  landedAt: at(landedH),
});
const deploy = (id: string, hours: number, revision: string, extra: Partial<DeploymentEvent> = {}): DeploymentEvent => ({
  id,
  environment: 'production',
  revision,
  deployedAt: at(hours),
  status: 'succeeded',
  kind: 'normal',
  ...extra,
});

/**
 * Two weeks of one service, computed by hand:
 * - d1 (0d 4h, c2) carries c1 and c2: lead times 4h and 3h.
 * - d2 (1d 6h, c3) carries c3: 10h. Incident i1 opens an hour later, unlinked, and is resolved
 *   after 2h: d2 failed, recovered in 2h.
 * - d3 (2d 6h, c4) carries c4: 4h. d4 two hours later redeploys c3, which landed before c4: a
 *   rollback, so d3 failed and recovered in 2h; d4 is rework.
 * - d5 (8d, c4 again) rolls forward; it is not a rollback. Incident i2 names c4 at 9d: d5 failed.
 * - d8 (9d 1h, c5) is a hotfix made while i2 is open: rework, and it restores d5 after 1h. c5: 1h.
 * - A staging deployment and a failed production attempt do not count.
 */
const example: ServiceEvents = {
  entityRef: 'component:default/payments',
  productionEnvironment: 'production',
  changes: [change('c1', 0, 2), change('c2', 1, 3), change('c3', 20, 26), change('c4', 50, 52), change('c5', 9 * 24, 9 * 24 + 0.5)],
  deployments: [
    deploy('d1', 4, 'c2'),
    deploy('d2', 30, 'c3'),
    deploy('d3', 54, 'c4'),
    deploy('d4', 56, 'c3'),
    deploy('d5', 8 * 24, 'c4'),
    deploy('d6', 5, 'c2', { environment: 'staging' }),
    deploy('d7', 6, 'c2', { status: 'failed' }),
    deploy('d8', 9 * 24 + 1, 'c5', { kind: 'hotfix' }),
  ],
  incidents: [
    { id: 'i1', openedAt: at(31), resolvedAt: at(33) },
    { id: 'i2', openedAt: at(9 * 24), resolvedAt: at(9 * 24 + 6), revision: 'c4' },
  ],
};

describe('DORA metrics on a hand-computed example', () => {
  const facts = attributeService(example);
  const summary = summarize(facts, T0, T0 + 14 * DAY_MS);

  it('counts production deployments and deployment days', () => {
    expect(summary.deployments).toBe(6);
    expect(summary.deploymentDays).toBe(5);
    // Week one deployed on 3 days, week two on 2.
    expect(summary.medianDeploymentDaysPerWeek).toBe(2.5);
    expect(summary.meanDeploymentDaysPerWeek).toBe(2.5);
  });

  it('measures lead time from first commit to the deployment that carried the change', () => {
    // Lead times 1h, 3h, 4h, 4h, 10h.
    expect(summary.leadTime.changes).toBe(5);
    expect(summary.leadTime.median).toBe(4 * HOUR);
    expect(summary.leadTime.p75).toBe(4 * HOUR);
    expect(summary.leadTime.p90).toBeCloseTo(7.6 * HOUR);
  });

  it('finds failed deployments by incident and by rollback', () => {
    expect(facts.filter(f => f.failure).map(f => f.id)).toEqual(['d2', 'd3', 'd5']);
    expect(summary.changeFailureRate).toBe(0.5);
    expect(facts.find(f => f.id === 'd4')!.kind).toBe('rollback');
    expect(facts.find(f => f.id === 'd5')!.kind).toBe('normal');
  });

  it('measures recovery from failure to restoration', () => {
    // Recoveries 2h (i1), 2h (rollback), 1h (hotfix before i2 was resolved).
    expect(summary.recoveryTime).toEqual({ recovered: 3, open: 0, median: 2 * HOUR });
  });

  it('counts rollbacks, hotfixes and deployments during incidents as rework', () => {
    expect(facts.filter(f => f.rework).map(f => f.id)).toEqual(['d4', 'd8']);
    expect(summary.reworkRate).toBeCloseTo(2 / 6);
  });

  it('bands the example under the 2024 and 2021 reports', () => {
    expect(bandsOf(summary, '2024')).toEqual({
      deploymentFrequency: 'high',
      leadTime: 'elite',
      changeFailureRate: 'low',
      recoveryTime: 'high',
    });
    // 2021 asked for under an hour for elite lead time.
    expect(bandsOf(summary, '2021').leadTime).toBe('high');
  });

  it('gives one weekly point per week', () => {
    const trend = weeklyTrend(facts, T0, T0 + 14 * DAY_MS);
    expect(trend.map(p => p.deploymentDays)).toEqual([3, 2]);
    expect(trend.map(p => p.deployments)).toEqual([4, 2]);
  });

  it('keeps an incident that is still open out of recovery time', () => {
    const open = attributeService({
      ...example,
      incidents: [{ id: 'i3', openedAt: at(31) }],
    });
    const s = summarize(open, T0, T0 + 14 * DAY_MS);
    expect(s.recoveryTime.open).toBe(1);
    // d3 recovered by its rollback, d5 by the hotfix after it.
    expect(s.recoveryTime.recovered).toBe(2);
  });

  it('reports no rates for a window without deployments', () => {
    const s = summarize(facts, T0 + 20 * DAY_MS, T0 + 27 * DAY_MS);
    expect(s.deployments).toBe(0);
    expect(s.changeFailureRate).toBeUndefined();
    expect(bandsOf(s, '2024').deploymentFrequency).toBeUndefined();
  });
});

const SHAS = ['a', 'b', 'c', 'd', 'e', 'f'];
const SPAN = 21 * DAY_MS;

const deploymentArb = fc.record({
  id: fc.integer({ min: 1, max: 40 }).map(n => `d${n}`),
  environment: fc.constantFrom('production', 'production', 'staging'),
  revision: fc.option(fc.constantFrom(...SHAS), { nil: undefined }),
  deployedAt: fc.integer({ min: T0, max: T0 + SPAN }),
  status: fc.constantFrom<'succeeded' | 'failed'>('succeeded', 'succeeded', 'failed'),
  kind: fc.constantFrom<DeploymentEvent['kind']>('normal', 'normal', 'normal', 'rollback', 'hotfix'),
});
const changeArb = fc
  .record({
    sha: fc.constantFrom(...SHAS),
    firstCommitAt: fc.integer({ min: T0 - DAY_MS, max: T0 + SPAN }),
    wait: fc.integer({ min: 0, max: 3 * DAY_MS }),
  })
  .map(({ sha, firstCommitAt, wait }) => ({ sha, firstCommitAt, landedAt: firstCommitAt + wait }));
const incidentArb = fc
  .record({
    id: fc.integer({ min: 1, max: 10 }).map(n => `i${n}`),
    openedAt: fc.integer({ min: T0, max: T0 + SPAN }),
    duration: fc.option(fc.integer({ min: 0, max: 2 * DAY_MS }), { nil: undefined }),
    revision: fc.option(fc.constantFrom(...SHAS), { nil: undefined }),
    deploymentId: fc.option(
      fc.integer({ min: 1, max: 40 }).map(n => `d${n}`),
      { nil: undefined },
    ),
  })
  .map(
    ({ duration, ...rest }): IncidentEvent => ({
      ...rest,
      resolvedAt: duration === undefined ? undefined : rest.openedAt + duration,
    }),
  );
const serviceArb = fc.record({
  deployments: fc.array(deploymentArb, { maxLength: 30 }),
  changes: fc.array(changeArb, { maxLength: 20 }),
  incidents: fc.array(incidentArb, { maxLength: 6 }),
});

const summaryOf = (events: Pick<ServiceEvents, 'deployments' | 'changes' | 'incidents'>) =>
  summarize(attributeService({ entityRef: 'component:default/x', productionEnvironment: 'production', ...events }), T0, T0 + SPAN);

describe('DORA metric properties', () => {
  it('do not depend on the order events arrive in', () => {
    fc.assert(
      fc.property(serviceArb, fc.infiniteStream(fc.nat()), (events, seeds) => {
        const shuffle = <T>(items: T[]) =>
          items
            .map(item => ({ item, key: seeds.next().value }))
            .sort((a, b) => a.key - b.key)
            .map(x => x.item);
        expect(
          summaryOf({
            deployments: shuffle(events.deployments),
            changes: shuffle(events.changes),
            incidents: shuffle(events.incidents),
          }),
        ).toEqual(summaryOf(events));
      }),
    );
  });

  it('do not change when deliveries are repeated', () => {
    fc.assert(
      fc.property(serviceArb, events => {
        const twice = {
          deployments: [...events.deployments, ...events.deployments.slice().reverse()],
          changes: [...events.changes, ...events.changes],
          incidents: [...events.incidents.slice().reverse(), ...events.incidents],
        };
        expect(summaryOf(twice)).toEqual(summaryOf(events));
      }),
    );
  });

  it('keep the change failure rate between 0 and 1', () => {
    fc.assert(
      fc.property(serviceArb, events => {
        const s = summaryOf(events);
        // Undefined only when there was no production deployment to fail.
        const rate = s.changeFailureRate ?? (s.deployments === 0 ? 0 : NaN);
        expect(rate).toBeGreaterThanOrEqual(0);
        expect(rate).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('never count more than seven deployment days in a week, whatever time the window ends', () => {
    fc.assert(
      fc.property(serviceArb, fc.integer({ min: 0, max: DAY_MS - 1 }), (events, offset) => {
        const facts = attributeService({ entityRef: 'component:default/x', productionEnvironment: 'production', ...events });
        const s = summarize(facts, T0 + offset, T0 + SPAN + offset);
        expect(s.medianDeploymentDaysPerWeek).toBeLessThanOrEqual(7);
        for (const point of weeklyTrend(facts, T0 + offset, T0 + SPAN + offset)) {
          expect(point.deploymentDays).toBeLessThanOrEqual(7);
        }
      }),
    );
  });

  it('never lower deployment frequency when a successful deployment is added', () => {
    fc.assert(
      fc.property(serviceArb, fc.integer({ min: T0, max: T0 + SPAN - 1 }), (events, time) => {
        const before = summaryOf(events);
        const after = summaryOf({
          ...events,
          deployments: [...events.deployments, { id: 'added', environment: 'production', deployedAt: time, status: 'succeeded', kind: 'normal' }],
        });
        expect(after.deployments).toBe(before.deployments + 1);
        expect(after.deploymentDays).toBeGreaterThanOrEqual(before.deploymentDays);
        expect(after.medianDeploymentDaysPerWeek).toBeGreaterThanOrEqual(before.medianDeploymentDaysPerWeek);
      }),
    );
  });
});
