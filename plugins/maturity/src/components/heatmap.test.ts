import { OverviewItem } from '@internal/plugin-maturity-common';
import { heatColour, heatmap } from './heatmap';

const item = (scopeRef: string, overall: number | null, a: number | null, b: number | null): OverviewItem => ({
  scopeRef,
  status: 'draft',
  revision: 1,
  score: {
    overall,
    level: null,
    answered: 0,
    total: 2,
    categories: [
      { id: 'a', title: 'A', score: a, level: null },
      { id: 'b', title: 'B', score: b, level: null },
    ],
  },
});

describe('heatmap', () => {
  it('sorts scopes by overall score and rolls each column up to the platform mean', () => {
    const { rows, rollup } = heatmap([
      item('group:default/low', 1, 1, null),
      item('group:default/high', 4, 5, 3),
      item('group:default/empty', null, null, null),
    ]);
    expect(rows.map(r => r.scopeRef)).toEqual(['group:default/high', 'group:default/low', 'group:default/empty']);
    expect(rollup).toEqual({ a: 3, b: 3, overall: 2.5 });
  });

  it('colours from red at 0 to green at 5, and leaves unscored cells blank', () => {
    expect(heatColour(0)).toBe('hsl(0, 70%, 80%)');
    expect(heatColour(5)).toBe('hsl(120, 70%, 80%)');
    expect(heatColour(null)).toBe('transparent');
  });
});
