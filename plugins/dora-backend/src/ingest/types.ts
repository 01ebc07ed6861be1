import { ChangeEvent, DeploymentEvent, IncidentEvent } from '@internal/plugin-dora-common';

/**
 * What an event names as its service, before the catalog says which entity that is:
 * a GitHub repository (`owner/repo`), an Argo CD application, a PagerDuty service, or an entity ref.
 */
export type ServiceKind = 'github' | 'argocd' | 'pagerduty' | 'entity';

export interface ServiceKey {
  serviceKind: ServiceKind;
  serviceKey: string;
}

/** A deployment whose environment may be unknown (then the entity's production one is assumed). */
export type KeyedDeployment = Omit<DeploymentEvent, 'environment'> & ServiceKey & { environment?: string };
export type KeyedChange = ChangeEvent & ServiceKey;
export type KeyedIncident = IncidentEvent & ServiceKey;

/** The events read from one delivery. */
export interface EventBatch {
  deployments: KeyedDeployment[];
  changes: KeyedChange[];
  incidents: KeyedIncident[];
}

export const emptyBatch = (): EventBatch => ({ deployments: [], changes: [], incidents: [] });

/** A stored delivery as the inbox hands it to a reader. */
export interface InboxDelivery {
  id: number;
  source: string;
  eventType: string;
  payload: unknown;
}

/** Turns one delivery of a source into events; throws InputError when the payload cannot be read. */
export type DeliveryReader = (delivery: InboxDelivery) => EventBatch;
