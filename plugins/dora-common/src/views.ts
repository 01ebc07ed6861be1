import { Band, BandedMetric, ReportId, classify, frequencyValue } from './bands';
import { DoraSummary, WeeklyPoint, WindowDays } from './summary';

export type DoraBands = Record<BandedMetric, Band | undefined>;

/** The bands of a window's summary under one report. */
export function bandsOf(summary: DoraSummary, report: ReportId): DoraBands {
  const any = summary.deployments > 0;
  return {
    deploymentFrequency: any ? classify('deploymentFrequency', frequencyValue(summary), report) : undefined,
    leadTime: classify('leadTime', summary.leadTime.median, report),
    changeFailureRate: classify('changeFailureRate', summary.changeFailureRate, report),
    recoveryTime: classify('recoveryTime', summary.recoveryTime.median, report),
  };
}

/** What an entity's DORA tab shows: this window, the one before it, and weekly points. */
export interface DoraEntityView {
  entityRef: string;
  /** `service` for a component, otherwise the rollup it is. */
  scope: 'service' | 'system' | 'group' | 'org';
  window: WindowDays;
  report: ReportId;
  /** The components whose events are counted. */
  services: string[];
  current: DoraSummary;
  previous: DoraSummary;
  bands: DoraBands;
  trend: WeeklyPoint[];
}

export interface DeploymentIncidentView {
  id: string;
  title?: string;
  url?: string;
}

/** A production deployment in the drill-down list. */
export interface DeploymentView {
  entityRef: string;
  id: string;
  revision?: string;
  deployedAt: number;
  kind: 'normal' | 'rollback' | 'hotfix';
  url?: string;
  changes: number;
  leadTimeMedian?: number;
  failed: boolean;
  restoredAt?: number;
  rework: boolean;
  incidents: DeploymentIncidentView[];
}

export interface TeamRow {
  groupRef: string;
  title?: string;
  services: number;
  summary: DoraSummary;
  bands: DoraBands;
}

export interface DoraOverview {
  window: WindowDays;
  report: ReportId;
  org: { services: number; summary: DoraSummary; bands: DoraBands };
  teams: TeamRow[];
}

/** Events whose service the catalog does not (yet) know, grouped by what they name. */
export interface UnmappedSource {
  serviceKind: string;
  serviceKey: string;
  deployments: number;
  changes: number;
  incidents: number;
  lastSeenAt: number;
}

/** A delivery that was received but could not be read. */
export interface UnreadableDelivery {
  id: number;
  source: string;
  eventType: string;
  error: string;
  receivedAt: number;
}

/** What admins see of events the portal could not attribute. */
export interface DoraUnmapped {
  sources: UnmappedSource[];
  unreadable: UnreadableDelivery[];
}
