import { ChangeEvent, DeploymentEvent, IncidentEvent, ServiceEvents } from './events';

/** A production deployment with what the rules concluded about it. */
export interface DeploymentFacts {
  entityRef: string;
  id: string;
  revision?: string;
  deployedAt: number;
  kind: DeploymentEvent['kind'];
  url?: string;
  /** Lead times (ms) of the changes this deployment brought to production. */
  leadTimes: number[];
  /** Set when the deployment caused a failure in production. */
  failure?: {
    cause: 'incident' | 'remediation';
    startedAt: number;
    /** When service was restored; missing while the failure is still open. */
    restoredAt?: number;
  };
  /** An unplanned deployment made because of a production incident. */
  rework: boolean;
  incidentIds: string[];
}

export interface AttributionOptions {
  /** An incident opened within this long after a deployment is counted against it. */
  failureWindowMs: number;
}

export const DEFAULT_FAILURE_WINDOW_MS = 24 * 60 * 60 * 1000;

/** Duplicates of one id are merged so a redelivered event cannot count twice. */
function uniqueBy<T>(items: T[], key: (item: T) => string, merge: (a: T, b: T) => T): T[] {
  const byKey = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    const existing = byKey.get(k);
    byKey.set(k, existing ? merge(existing, item) : item);
  }
  return [...byKey.values()];
}

function minDefined(a?: number, b?: number): number | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  return Math.min(a, b);
}
function maxDefined(a?: number, b?: number): number | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  return Math.max(a, b);
}

/** A rollback or hotfix label wins over normal; of two labels, the same one in either order. */
function kindOf(a: DeploymentEvent['kind'], b: DeploymentEvent['kind']): DeploymentEvent['kind'] {
  if (a === 'normal') return b;
  if (b === 'normal') return a;
  return either(a, b)!;
}

/** Of two values that may both be set, the same one whichever order they come in. */
function either<T extends string>(a?: T, b?: T): T | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a <= b ? a : b;
}

/** Merging keeps the earliest start and the latest resolution, whichever copy arrived first. */
export function mergeIncidents(a: IncidentEvent, b: IncidentEvent): IncidentEvent {
  return {
    id: a.id,
    openedAt: Math.min(a.openedAt, b.openedAt),
    resolvedAt: maxDefined(a.resolvedAt, b.resolvedAt),
    deploymentId: either(a.deploymentId, b.deploymentId),
    revision: either(a.revision, b.revision),
    title: either(a.title, b.title),
    url: either(a.url, b.url),
  };
}

export function mergeChanges(a: ChangeEvent, b: ChangeEvent): ChangeEvent {
  return {
    sha: a.sha,
    firstCommitAt: Math.min(a.firstCommitAt, b.firstCommitAt),
    landedAt: Math.min(a.landedAt, b.landedAt),
    url: either(a.url, b.url),
  };
}

/** A success outranks a failure report of the same deployment, in either order. */
export function mergeDeployments(a: DeploymentEvent, b: DeploymentEvent): DeploymentEvent {
  if (a.status !== b.status) {
    const winner = a.status === 'succeeded' ? a : b;
    const other = winner === a ? b : a;
    return {
      ...winner,
      revision: winner.revision ?? other.revision,
      url: winner.url ?? other.url,
      kind: kindOf(winner.kind, other.kind),
    };
  }
  return {
    ...a,
    environment: either(a.environment, b.environment)!,
    deployedAt: Math.min(a.deployedAt, b.deployedAt),
    revision: either(a.revision, b.revision),
    url: either(a.url, b.url),
    kind: kindOf(a.kind, b.kind),
  };
}

const compareIds = (a: string, b: string) => {
  if (a === b) return 0;
  return a < b ? -1 : 1;
};
const byTimeThenId = (a: { deployedAt: number; id: string }, b: { deployedAt: number; id: string }) => a.deployedAt - b.deployedAt || compareIds(a.id, b.id);

/** Index of the first deployment at or after `time` (deployments sorted by time). */
function firstAtOrAfter(sorted: DeploymentEvent[], time: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].deployedAt < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Applies the metric rules to one service's events. The result depends only on the set of
 * events, never on the order they arrived in: everything is sorted by time and id first.
 *
 * - A change is brought to production by the first production deployment after it landed whose
 *   revision landed no earlier than the change (a deployment of an older revision does not carry
 *   it).
 * - A deployment that brings back a revision that was live before, and that landed before the
 *   revision it replaces (when both landing times are known), is a rollback.
 * - A deployment failed when an incident names it (or its revision), when an incident opens within
 *   the failure window after it and before the next deployment, or when the next deployment is a
 *   rollback or hotfix.
 * - A deployment is rework when it is a rollback or hotfix, or is made while an incident is open.
 */
export function attributeService(service: ServiceEvents, options: AttributionOptions = { failureWindowMs: DEFAULT_FAILURE_WINDOW_MS }): DeploymentFacts[] {
  const deployments = uniqueBy(service.deployments, d => d.id, mergeDeployments)
    .filter(d => d.status === 'succeeded' && d.environment === service.productionEnvironment)
    .sort(byTimeThenId);
  const changes = uniqueBy(service.changes, c => c.sha, mergeChanges);
  const incidents = uniqueBy(service.incidents, i => i.id, mergeIncidents).sort((a, b) => a.openedAt - b.openedAt || compareIds(a.id, b.id));
  const landedAt = new Map(changes.map(c => [c.sha, c.landedAt]));

  const facts: DeploymentFacts[] = [];
  const seenRevisions = new Set<string>();
  deployments.forEach((d, i) => {
    const previous = deployments[i - 1];
    const redeploysOld =
      d.revision !== undefined &&
      seenRevisions.has(d.revision) &&
      previous?.revision !== undefined &&
      previous.revision !== d.revision &&
      isOlder(d.revision, previous.revision, landedAt);
    if (d.revision) seenRevisions.add(d.revision);
    facts.push({
      entityRef: service.entityRef,
      id: d.id,
      revision: d.revision,
      deployedAt: d.deployedAt,
      kind: redeploysOld && d.kind === 'normal' ? 'rollback' : d.kind,
      url: d.url,
      leadTimes: [],
      rework: false,
      incidentIds: [],
    });
  });

  // Lead time: each change goes with the first deployment that carries it.
  const cutoff = deployments.map(d => {
    const revisionLanded = d.revision ? landedAt.get(d.revision) : undefined;
    return revisionLanded !== undefined && revisionLanded <= d.deployedAt ? revisionLanded : d.deployedAt;
  });
  for (const change of changes) {
    for (let i = firstAtOrAfter(deployments, change.landedAt); i < deployments.length; i++) {
      if (cutoff[i] >= change.landedAt) {
        facts[i].leadTimes.push(Math.max(0, deployments[i].deployedAt - change.firstCommitAt));
        break;
      }
    }
  }

  // Failures from incidents.
  const incidentsOf = new Map<number, IncidentEvent[]>();
  for (const incident of incidents) {
    const index = causingDeployment(deployments, incident, options.failureWindowMs);
    if (index === undefined) continue;
    incidentsOf.set(index, [...(incidentsOf.get(index) ?? []), incident]);
    facts[index].incidentIds.push(incident.id);
  }

  facts.forEach((fact, i) => {
    const next = facts[i + 1];
    const remediation = next && next.kind !== 'normal' ? next : undefined;
    const caused = incidentsOf.get(i) ?? [];
    if (caused.length > 0) {
      const allResolved = caused.every(c => c.resolvedAt !== undefined);
      const resolvedAt = allResolved ? Math.max(...caused.map(c => c.resolvedAt!)) : undefined;
      fact.failure = {
        cause: 'incident',
        startedAt: Math.min(...caused.map(c => c.openedAt)),
        restoredAt: minDefined(resolvedAt, remediation?.deployedAt),
      };
    } else if (remediation) {
      fact.failure = { cause: 'remediation', startedAt: fact.deployedAt, restoredAt: remediation.deployedAt };
    }
    if (fact.failure?.restoredAt !== undefined) {
      fact.failure.restoredAt = Math.max(fact.failure.restoredAt, fact.failure.startedAt);
    }
    fact.rework =
      fact.kind !== 'normal' || incidents.some(inc => inc.openedAt <= fact.deployedAt && (inc.resolvedAt === undefined || fact.deployedAt < inc.resolvedAt));
  });
  return facts;
}

/** Whether `revision` landed before `than`; unknown landing times do not contradict a rollback. */
function isOlder(revision: string, than: string, landedAt: Map<string, number>): boolean {
  const a = landedAt.get(revision);
  const b = landedAt.get(than);
  return a === undefined || b === undefined || a < b;
}

/** The deployment an incident is counted against, if any. */
function causingDeployment(deployments: DeploymentEvent[], incident: IncidentEvent, failureWindowMs: number): number | undefined {
  if (incident.deploymentId) {
    const index = deployments.findIndex(d => d.id === incident.deploymentId);
    if (index >= 0) return index;
  }
  if (incident.revision) {
    // The latest deployment of that revision before the incident opened.
    let found: number | undefined;
    deployments.forEach((d, i) => {
      if (d.revision === incident.revision && d.deployedAt <= incident.openedAt) found = i;
    });
    if (found !== undefined) return found;
  }
  if (incident.deploymentId || incident.revision) {
    return undefined;
  }
  const index = firstAtOrAfter(deployments, incident.openedAt + 1) - 1;
  if (index < 0) return undefined;
  return incident.openedAt - deployments[index].deployedAt <= failureWindowMs ? index : undefined;
}
