import { Band, BandedMetric, DoraSummary, WeeklyPoint, frequencyValue } from '@internal/plugin-dora-common';

const HOUR = 60 * 60 * 1000;

/** A duration the way people say it: minutes, hours, or days. */
export function formatDuration(ms: number | undefined): string {
  if (ms === undefined) return '–';
  if (ms < HOUR) return `${Math.round(ms / 60000)} min`;
  if (ms < 48 * HOUR) return `${(ms / HOUR).toFixed(1)} h`;
  return `${(ms / (24 * HOUR)).toFixed(1)} d`;
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const formatPercent = (rate: number | undefined) => (rate === undefined ? '–' : `${Math.round(rate * 100)}%`);

/** What one tile shows, and how its weekly chart reads the trend. */
export interface MetricDefinition {
  key: BandedMetric | 'reworkRate';
  title: string;
  value(s: DoraSummary): number | undefined;
  format(value: number | undefined): string;
  detail(s: DoraSummary): string;
  higherIsBetter: boolean;
  weekly(p: WeeklyPoint): number | undefined;
}

export const METRICS: MetricDefinition[] = [
  {
    key: 'deploymentFrequency',
    title: 'Deployment frequency',
    value: s => (s.deployments > 0 ? frequencyValue(s) : undefined),
    format: v => (v === undefined ? '–' : `${v.toFixed(1)} days/week`),
    detail: s => `${count(s.deploymentDays, 'deployment day')}, ${count(s.deployments, 'deployment')}`,
    higherIsBetter: true,
    weekly: p => p.deploymentDays,
  },
  {
    key: 'leadTime',
    title: 'Lead time for changes',
    value: s => s.leadTime.median,
    format: formatDuration,
    detail: s => `median of ${count(s.leadTime.changes, 'change')} · p75 ${formatDuration(s.leadTime.p75)} · p90 ${formatDuration(s.leadTime.p90)}`,
    higherIsBetter: false,
    weekly: p => p.leadTimeMedian,
  },
  {
    key: 'changeFailureRate',
    title: 'Change failure rate',
    value: s => s.changeFailureRate,
    format: formatPercent,
    detail: s => `${s.failedDeployments} of ${s.deployments} deployments failed`,
    higherIsBetter: false,
    weekly: p => p.changeFailureRate,
  },
  {
    key: 'recoveryTime',
    title: 'Failed deployment recovery time',
    value: s => s.recoveryTime.median,
    format: formatDuration,
    detail: s =>
      `median of ${s.recoveryTime.recovered} ${s.recoveryTime.recovered === 1 ? 'recovery' : 'recoveries'}${
        s.recoveryTime.open ? ` · ${s.recoveryTime.open} still open` : ''
      }`,
    higherIsBetter: false,
    weekly: p => p.recoveryTimeMedian,
  },
  {
    key: 'reworkRate',
    title: 'Deployment rework rate',
    value: s => s.reworkRate,
    format: formatPercent,
    detail: s => `${count(s.reworkDeployments, 'unplanned deployment')} (rollbacks, hotfixes, during incidents)`,
    higherIsBetter: false,
    weekly: p => p.reworkRate,
  },
];

export type Trend = 'better' | 'worse' | 'same' | undefined;

/** Whether the metric moved the good way since the previous window. */
export function trendOf(metric: MetricDefinition, current: number | undefined, previous: number | undefined): Trend {
  if (current === undefined || previous === undefined) return undefined;
  if (Math.abs(current - previous) < 1e-9) return 'same';
  return current > previous === metric.higherIsBetter ? 'better' : 'worse';
}

export const BAND_COLOURS: Record<Band, string> = {
  elite: '#1b5e20',
  high: '#2e7d32',
  medium: '#ef6c00',
  low: '#c62828',
};
