import { OverviewItem } from '@internal/plugin-maturity-common';

export interface HeatmapRow {
  scopeRef: string;
  status: string;
  overall: number | null;
  /** Category id to score (null when the category is not applicable or unscored). */
  cells: Record<string, number | null>;
}

/** The heatmap's rows, highest overall first, and the platform rollup: the mean of each column. */
export function heatmap(items: OverviewItem[]): { rows: HeatmapRow[]; rollup: Record<string, number | null> } {
  const rows = items
    .map(item => ({
      scopeRef: item.scopeRef,
      status: item.status,
      overall: item.score.overall,
      cells: Object.fromEntries(item.score.categories.map(c => [c.id, c.score])),
    }))
    .sort((a, b) => (b.overall ?? -1) - (a.overall ?? -1) || a.scopeRef.localeCompare(b.scopeRef));
  const columns = new Set(rows.flatMap(r => Object.keys(r.cells)));
  const rollup: Record<string, number | null> = {};
  for (const column of [...columns, 'overall']) {
    const values = rows.map(r => (column === 'overall' ? r.overall : r.cells[column])).filter((v): v is number => typeof v === 'number');
    rollup[column] = values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10 : null;
  }
  return { rows, rollup };
}

/** A cell colour from red (0) through amber to green (5). */
export function heatColour(score: number | null): string {
  if (score === null) return 'transparent';
  const hue = Math.round((score / 5) * 120);
  return `hsl(${hue}, 70%, 80%)`;
}
