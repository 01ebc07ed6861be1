import { CostLine } from '@internal/plugin-cost-common';

/** A cost line a source sent that was not stored, and why. */
export interface RejectedLine {
  where: string;
  reason: string;
}

export interface SourceResult {
  lines: CostLine[];
  rejected: RejectedLine[];
}

/** Somewhere costs come from on a schedule: fetches the given days (inclusive, YYYY-MM-DD). */
export interface CostSource {
  id: string;
  fetch(from: string, to: string, signal?: AbortSignal): Promise<RangedResult>;
}

/** What a fetch returns when it knows which days it covers (a FOCUS file); otherwise the days asked for. */
export interface RangedResult extends SourceResult {
  range?: { from: string; to: string };
}
