/**
 * Delivery events after they have been read from a webhook or the API, in the shape the metric
 * rules use. Times are milliseconds since the epoch.
 */

/** How a deployment relates to failures: a rollback or hotfix remediates the one before it. */
export type DeploymentKind = 'normal' | 'rollback' | 'hotfix';

export const DEPLOYMENT_KINDS: DeploymentKind[] = ['normal', 'rollback', 'hotfix'];

export interface DeploymentEvent {
  /** Unique per source, e.g. `github:123456` or `argocd:payments:abc123`. */
  id: string;
  environment: string;
  /** The commit deployed. */
  revision?: string;
  deployedAt: number;
  status: 'succeeded' | 'failed';
  kind: DeploymentKind;
  url?: string;
}

/** A commit that reached the default branch. */
export interface ChangeEvent {
  sha: string;
  /** When work on it started: the commit's own time, or the pull request's creation. */
  firstCommitAt: number;
  /** When it reached the default branch (push or merge). */
  landedAt: number;
  url?: string;
}

export interface IncidentEvent {
  id: string;
  openedAt: number;
  resolvedAt?: number;
  /** The deployment the incident names as its cause, if it names one. */
  deploymentId?: string;
  /** The revision the incident names as its cause, if it names one. */
  revision?: string;
  title?: string;
  url?: string;
}

/** Everything known about one service (catalog entity). */
export interface ServiceEvents {
  entityRef: string;
  /** The environment counted as production for this service. */
  productionEnvironment: string;
  deployments: DeploymentEvent[];
  changes: ChangeEvent[];
  incidents: IncidentEvent[];
}
