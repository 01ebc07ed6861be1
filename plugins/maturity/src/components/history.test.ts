import { HistoryItem } from '@internal/plugin-maturity-common';
import { changesSinceLastQuarter } from './history';

const item = (quarter: any, scores: Record<string, number | null>): HistoryItem => ({
  quarter,
  status: 'submitted',
  score: {
    overall: null,
    level: null,
    answered: 0,
    total: 0,
    categories: Object.entries(scores).map(([id, score]) => ({ id, title: id.toUpperCase(), score, level: null })),
  },
});

describe('changesSinceLastQuarter', () => {
  it('lists the categories that moved since the previous assessed quarter, biggest first', () => {
    const history = [item('2026-Q4', { a: 4, b: 2, c: 1, d: 3 }), item('2026-Q2', { a: 1, b: 2.5, c: null, d: 3 })];
    expect(changesSinceLastQuarter(history, '2026-Q4')).toEqual({
      since: '2026-Q2',
      moves: [
        { id: 'c', title: 'C', from: null, to: 1, delta: null },
        { id: 'a', title: 'A', from: 1, to: 4, delta: 3 },
        { id: 'b', title: 'B', from: 2.5, to: 2, delta: -0.5 },
      ],
    });
  });

  it('has nothing to compare for a first assessment', () => {
    expect(changesSinceLastQuarter([item('2026-Q4', { a: 1 })], '2026-Q4')).toBeUndefined();
  });
});
