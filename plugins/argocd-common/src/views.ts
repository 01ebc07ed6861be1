import { EntityClaim } from '@internal/plugin-claims-common';

/** One deployed revision in an application's history. */
export interface ApplicationHistoryItem {
  id: number;
  revision: string;
  deployedAt?: string;
}

/** An Argo CD application of an entity, as the portal shows it. */
export interface ApplicationView {
  instance: string;
  name: string;
  /** From the application's environment label, or its name's suffix. */
  environment: string;
  production: boolean;
  syncStatus: string;
  healthStatus: string;
  revision?: string;
  lastSyncedAt?: string;
  autoSync: boolean;
  /** Argo CD's own page of the application. */
  url: string;
  history: ApplicationHistoryItem[];
  /** Whether the entity's claim on the application is verified: sync and rollback need it. */
  claim: Pick<EntityClaim, 'status' | 'reason' | 'howToVerify' | 'mayAct'>;
  canSync: boolean;
  canRollback: boolean;
}

/** What an instance said when it could not be read; the other instances still show. */
export interface InstanceError {
  instance: string;
  message: string;
}

export interface EntityApplications {
  entityRef: string;
  applications: ApplicationView[];
  errors: InstanceError[];
}

/** A sync or rollback done from the portal. */
export interface ApplicationAction {
  id: number;
  entityRef: string;
  instance: string;
  application: string;
  environment: string;
  action: 'sync' | 'rollback';
  /** For a rollback: the history id rolled back to. */
  target?: string;
  actor: string;
  at: string;
  result: 'succeeded' | 'failed';
  message: string;
}

/** What the portal answers after an action: what happened, in words, and the action recorded. */
export interface ActionResult {
  message: string;
  action: ApplicationAction;
}
