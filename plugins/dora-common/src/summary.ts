import { DeploymentFacts } from './attribution';

export const DAY_MS = 24 * 60 * 60 * 1000;
export const WEEK_MS = 7 * DAY_MS;

/** The windows the portal offers, in days. */
export const WINDOW_DAYS = [7, 30, 90, 180] as const;
export type WindowDays = (typeof WINDOW_DAYS)[number];

export function isWindowDays(value: number): value is WindowDays {
  return (WINDOW_DAYS as readonly number[]).includes(value);
}

/** The value at quantile q (0..1) with linear interpolation, as PostgreSQL's percentile_cont. */
export function quantile(values: number[], q: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

export const median = (values: number[]) => quantile(values, 0.5);

export interface DoraSummary {
  from: number;
  to: number;
  deployments: number;
  /** Distinct UTC days with at least one production deployment. */
  deploymentDays: number;
  /** Median over the window's weeks of deployment days per week. */
  medianDeploymentDaysPerWeek: number;
  /** Mean deployment days per week, which still says something when the median is 0. */
  meanDeploymentDaysPerWeek: number;
  leadTime: { changes: number; median?: number; p75?: number; p90?: number };
  changeFailureRate?: number;
  failedDeployments: number;
  recoveryTime: { recovered: number; open: number; median?: number };
  reworkRate?: number;
  reworkDeployments: number;
}

const utcDay = (time: number) => Math.floor(time / DAY_MS);

/**
 * Starts of the whole weeks of [from, to): seven UTC days each, counted back from the day `to`
 * falls in, so a week never spans more than seven calendar days. A part week at the start is
 * left out.
 */
export function weekStarts(from: number, to: number): number[] {
  const lastDay = utcDay(to - 1);
  const weeks = Math.max(1, Math.floor((to - from) / WEEK_MS));
  return Array.from({ length: weeks }, (_, k) => (lastDay - 7 * (weeks - 1 - k) - 6) * DAY_MS);
}
/** The five metrics over the production deployments made in [from, to). */
export function summarize(facts: DeploymentFacts[], from: number, to: number): DoraSummary {
  const inWindow = facts.filter(f => f.deployedAt >= from && f.deployedAt < to);
  const days = new Set(inWindow.map(f => utcDay(f.deployedAt)));
  const perWeek = weekStarts(from, to).map(start => {
    const weekDays = new Set<number>();
    for (const f of inWindow) {
      if (f.deployedAt >= start && f.deployedAt < start + WEEK_MS) weekDays.add(utcDay(f.deployedAt));
    }
    return weekDays.size;
  });
  const leadTimes = inWindow.flatMap(f => f.leadTimes);
  const failed = inWindow.filter(f => f.failure);
  const recoveries = failed.filter(f => f.failure!.restoredAt !== undefined).map(f => f.failure!.restoredAt! - f.failure!.startedAt);
  const rework = inWindow.filter(f => f.rework).length;
  return {
    from,
    to,
    deployments: inWindow.length,
    deploymentDays: days.size,
    medianDeploymentDaysPerWeek: median(perWeek) ?? 0,
    meanDeploymentDaysPerWeek: days.size / Math.max(1, (to - from) / WEEK_MS),
    leadTime: {
      changes: leadTimes.length,
      median: median(leadTimes),
      p75: quantile(leadTimes, 0.75),
      p90: quantile(leadTimes, 0.9),
    },
    changeFailureRate: inWindow.length > 0 ? failed.length / inWindow.length : undefined,
    failedDeployments: failed.length,
    recoveryTime: {
      recovered: recoveries.length,
      open: failed.length - recoveries.length,
      median: median(recoveries),
    },
    reworkRate: inWindow.length > 0 ? rework / inWindow.length : undefined,
    reworkDeployments: rework,
  };
}

export interface WeeklyPoint {
  weekStart: number;
  deploymentDays: number;
  deployments: number;
  leadTimeMedian?: number;
  changeFailureRate?: number;
  recoveryTimeMedian?: number;
  reworkRate?: number;
}

/** One point per week of the window, for the charts. */
export function weeklyTrend(facts: DeploymentFacts[], from: number, to: number): WeeklyPoint[] {
  return weekStarts(from, to).map(start => {
    const s = summarize(facts, start, Math.min(start + WEEK_MS, to));
    return {
      weekStart: start,
      deploymentDays: s.deploymentDays,
      deployments: s.deployments,
      leadTimeMedian: s.leadTime.median,
      changeFailureRate: s.changeFailureRate,
      recoveryTimeMedian: s.recoveryTime.median,
      reworkRate: s.reworkRate,
    };
  });
}
