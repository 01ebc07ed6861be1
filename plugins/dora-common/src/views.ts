import { ReportId, classify, frequencyValue } from './bands';
import { components } from './schema/openapi.generated';
import { DoraSummary } from './summary';

type Schemas = components['schemas'];

/** The band of each metric under a report; none where there is nothing to classify. */
export type DoraBands = Schemas['DoraBands'];

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
export type DoraEntityView = Schemas['DoraEntityView'];
export type DeploymentIncidentView = Schemas['DeploymentIncidentView'];
/** A production deployment in the drill-down list. */
export type DeploymentView = Schemas['DeploymentView'];
export type TeamRow = Schemas['TeamRow'];
export type DoraOverview = Schemas['DoraOverview'];
/** Events whose service the catalog does not (yet) know, grouped by what they name. */
export type UnmappedSource = Schemas['UnmappedSource'];
/** A delivery that was received but could not be read. */
export type UnreadableDelivery = Schemas['UnreadableDelivery'];
/** What admins see of events the portal could not attribute. */
export type DoraUnmapped = Schemas['DoraUnmapped'];
/** A deployment as pipelines post it to `/events/deployments`. */
export type DeploymentEventBody = Schemas['DeploymentEvent'];
/** An incident as sources post it to `/events/incidents`. */
export type IncidentEventBody = Schemas['IncidentEvent'];
