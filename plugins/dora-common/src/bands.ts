import { DAY_MS, DoraSummary } from './summary';

export type Band = 'elite' | 'high' | 'medium' | 'low';
export type BandedMetric = 'deploymentFrequency' | 'leadTime' | 'changeFailureRate' | 'recoveryTime';

export interface BandRule {
  band: Band;
  /** The report's own words for the band. */
  published: string;
  /** The limit a value must meet for this band (see `better` of the metric). */
  limit: number;
}

export interface ReportBands {
  id: ReportId;
  title: string;
  url: string;
  metrics: Record<BandedMetric, BandRule[]>;
}

export const REPORT_IDS = ['2021', '2023', '2024'] as const;
export type ReportId = (typeof REPORT_IDS)[number];
export const DEFAULT_REPORT: ReportId = '2024';

export function isReportId(value: string): value is ReportId {
  return (REPORT_IDS as readonly string[]).includes(value);
}

/** Whether a higher value is better (frequency) or a lower one (times, rates). */
export const HIGHER_IS_BETTER: Record<BandedMetric, boolean> = {
  deploymentFrequency: true,
  leadTime: false,
  changeFailureRate: false,
  recoveryTime: false,
};

const HOUR = 60 * 60 * 1000;
const WEEK = 7 * DAY_MS;
const MONTH = 30 * DAY_MS;
const SIX_MONTHS = 182 * DAY_MS;

// Deployment frequency is measured in deployment days per week. "On demand" is read as deploying
// on three or more days a week (Four Keys' "daily"); once a month is 12/52 days a week and once
// every six months 2/52.
const ON_DEMAND = 3;
const WEEKLY = 1;
const MONTHLY = 12 / 52;
const SIX_MONTHLY = 2 / 52;

export const BAND_REPORTS: Record<ReportId, ReportBands> = {
  '2021': {
    id: '2021',
    title: 'Accelerate State of DevOps 2021',
    url: 'https://dora.dev/research/2021/dora-report/',
    metrics: {
      deploymentFrequency: [
        { band: 'elite', published: 'On-demand (multiple deploys per day)', limit: ON_DEMAND },
        { band: 'high', published: 'Between once per week and once per month', limit: MONTHLY },
        { band: 'medium', published: 'Between once per month and once every 6 months', limit: SIX_MONTHLY },
        { band: 'low', published: 'Fewer than once per six months', limit: 0 },
      ],
      leadTime: [
        { band: 'elite', published: 'Less than one hour', limit: HOUR },
        { band: 'high', published: 'Between one day and one week', limit: WEEK },
        { band: 'medium', published: 'Between one month and six months', limit: SIX_MONTHS },
        { band: 'low', published: 'More than six months', limit: Infinity },
      ],
      changeFailureRate: [
        { band: 'elite', published: '0%-15%', limit: 0.15 },
        { band: 'high', published: '16%-30%', limit: 0.3 },
        { band: 'medium', published: '16%-30%', limit: 0.3 },
        { band: 'low', published: '16%-30%', limit: Infinity },
      ],
      recoveryTime: [
        { band: 'elite', published: 'Less than one hour', limit: HOUR },
        { band: 'high', published: 'Less than one day', limit: DAY_MS },
        { band: 'medium', published: 'Between one day and one week', limit: WEEK },
        { band: 'low', published: 'More than six months', limit: Infinity },
      ],
    },
  },
  '2023': {
    id: '2023',
    title: 'Accelerate State of DevOps 2023',
    url: 'https://dora.dev/research/2023/dora-report/',
    metrics: {
      deploymentFrequency: [
        { band: 'elite', published: 'On demand', limit: ON_DEMAND },
        { band: 'high', published: 'Between once per day and once per week', limit: WEEKLY },
        { band: 'medium', published: 'Between once per week and once per month', limit: MONTHLY },
        { band: 'low', published: 'Between once per week and once per month', limit: 0 },
      ],
      leadTime: [
        { band: 'elite', published: 'Less than one day', limit: DAY_MS },
        { band: 'high', published: 'Between one day and one week', limit: WEEK },
        { band: 'medium', published: 'Between one week and one month', limit: MONTH },
        { band: 'low', published: 'Between one week and one month', limit: Infinity },
      ],
      changeFailureRate: [
        { band: 'elite', published: '5%', limit: 0.05 },
        { band: 'high', published: '10%', limit: 0.1 },
        { band: 'medium', published: '15%', limit: 0.15 },
        { band: 'low', published: '64%', limit: Infinity },
      ],
      recoveryTime: [
        { band: 'elite', published: 'Less than one hour', limit: HOUR },
        { band: 'high', published: 'Less than one day', limit: DAY_MS },
        { band: 'medium', published: 'Between one day and one week', limit: WEEK },
        { band: 'low', published: 'Between one month and six months', limit: Infinity },
      ],
    },
  },
  '2024': {
    id: '2024',
    title: 'Accelerate State of DevOps 2024',
    url: 'https://dora.dev/research/2024/dora-report/',
    metrics: {
      deploymentFrequency: [
        { band: 'elite', published: 'On demand (multiple deploys per day)', limit: ON_DEMAND },
        { band: 'high', published: 'Between once per day and once per week', limit: WEEKLY },
        { band: 'medium', published: 'Between once per week and once per month', limit: MONTHLY },
        { band: 'low', published: 'Between once per month and once every six months', limit: 0 },
      ],
      leadTime: [
        { band: 'elite', published: 'Less than one day', limit: DAY_MS },
        { band: 'high', published: 'Between one day and one week', limit: WEEK },
        { band: 'medium', published: 'Between one week and one month', limit: MONTH },
        { band: 'low', published: 'Between one month and six months', limit: Infinity },
      ],
      changeFailureRate: [
        { band: 'elite', published: '5%', limit: 0.05 },
        { band: 'high', published: '20%', limit: 0.2 },
        // The 2024 medium cluster failed less often than the high one; on this metric alone a
        // value is never medium, because the high limit already takes everything up to 20%.
        { band: 'medium', published: '10%', limit: 0.1 },
        { band: 'low', published: '40%', limit: Infinity },
      ],
      recoveryTime: [
        { band: 'elite', published: 'Less than one hour', limit: HOUR },
        { band: 'high', published: 'Less than one day', limit: DAY_MS },
        { band: 'medium', published: 'Less than one day', limit: DAY_MS },
        { band: 'low', published: 'Between one week and one month', limit: Infinity },
      ],
    },
  },
};

/** The best band whose limit the value meets; bands are checked from elite down. */
export function classify(metric: BandedMetric, value: number | undefined, report: ReportId): Band | undefined {
  if (value === undefined || Number.isNaN(value)) return undefined;
  const higherIsBetter = HIGHER_IS_BETTER[metric];
  const rule = BAND_REPORTS[report].metrics[metric].find(r => (higherIsBetter ? value >= r.limit : value <= r.limit));
  return rule?.band;
}

/** Deployment days per week as the frequency band reads it: the weekly median, or the mean when most weeks have none. */
export function frequencyValue(summary: Pick<DoraSummary, 'medianDeploymentDaysPerWeek' | 'meanDeploymentDaysPerWeek' | 'deployments'>): number {
  return summary.medianDeploymentDaysPerWeek >= WEEKLY ? summary.medianDeploymentDaysPerWeek : summary.meanDeploymentDaysPerWeek;
}

export const BAND_ORDER: Band[] = ['elite', 'high', 'medium', 'low'];
