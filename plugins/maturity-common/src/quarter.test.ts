import fc from 'fast-check';
import { compareQuarters, isQuarter, previousQuarter, quarterOf, Quarter } from './quarter';

describe('quarters', () => {
  it('accepts only YYYY-Qn', () => {
    expect(isQuarter('2026-Q4')).toBe(true);
    for (const bad of ['2026-Q5', '2026-Q0', '26-Q1', '2026Q1', '2026-q1', 2026, undefined]) {
      expect(isQuarter(bad)).toBe(false);
    }
  });

  it('knows the quarter of a date and the one before', () => {
    expect(quarterOf(new Date('2026-11-23T10:00:00Z'))).toBe('2026-Q4');
    expect(quarterOf(new Date('2026-01-01T00:00:00Z'))).toBe('2026-Q1');
    expect(previousQuarter('2026-Q1')).toBe('2025-Q4');
    expect(previousQuarter('2026-Q3')).toBe('2026-Q2');
  });

  it('orders a quarter after the one before it, for any quarter', () => {
    const quarter = fc.tuple(fc.integer({ min: 1900, max: 2999 }), fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}` as Quarter);
    fc.assert(fc.property(quarter, q => compareQuarters(previousQuarter(q), q) === -1));
  });
});
