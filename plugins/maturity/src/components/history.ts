import { HistoryItem, Quarter, compareQuarters } from '@internal/plugin-maturity-common';

export interface CategoryMove {
  id: string;
  title: string;
  from: number | null;
  to: number | null;
  /** to - from, when both are scored. */
  delta: number | null;
}

/**
 * What changed between the given quarter and the assessed quarter before it: every category
 * whose score moved, biggest move first. Undefined when there is no earlier assessment.
 */
export function changesSinceLastQuarter(history: HistoryItem[], quarter: Quarter): { since: Quarter; moves: CategoryMove[] } | undefined {
  const ordered = [...history].sort((a, b) => compareQuarters(a.quarter, b.quarter));
  const index = ordered.findIndex(h => h.quarter === quarter);
  if (index <= 0) return undefined;
  const [before, now] = [ordered[index - 1], ordered[index]];
  const moves = now.score.categories
    .map(c => {
      const from = before.score.categories.find(b => b.id === c.id)?.score ?? null;
      const to = c.score;
      return { id: c.id, title: c.title, from, to, delta: from !== null && to !== null ? Math.round((to - from) * 10) / 10 : null };
    })
    .filter(m => m.from !== m.to)
    .sort((a, b) => Math.abs(b.delta ?? 5) - Math.abs(a.delta ?? 5));
  return { since: before.quarter, moves };
}
