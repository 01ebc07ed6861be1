/**
 * Whether a claim is verified, and who gets a resource that several entities claim. The rules,
 * strongest first:
 *
 * - approved (3): a platform admin approved this entity's claim on this resource;
 * - vouched for (2): the resource points back at the entity (an Argo CD application that names it
 *   or deploys from its repository; a repository that holds its catalog file), or the entity is
 *   in the portal's own configuration (the operator put it there);
 * - from the organisation (1): the entity's catalog file is in a repository of the organisation,
 *   which counts only while no other such claim is as strong;
 * - anything else (0): unverified, whoever registered it. It never gets the resource and never
 *   contests it.
 *
 * The resource goes to the one claimant with the strongest claim (1 or more). Two or more at the
 * top contest it: nobody gets it until an admin decides. Acting on a resource (sync, rollback)
 * needs a claim of strength 2 or more.
 */

/** Where an entity comes from, as far as trust goes. */
export type EntityOrigin = 'configured' | 'organisation' | 'elsewhere';

export interface Claimant {
  entityRef: string;
  origin: EntityOrigin;
  /** The resource itself names this entity, or its repository. */
  pointsBack?: boolean;
  /** An admin approved this claim. */
  approved?: boolean;
}

export type ClaimStatus = 'verified' | 'unverified' | 'outranked' | 'contested';

export interface ClaimantVerdict {
  entityRef: string;
  status: ClaimStatus;
  strength: number;
  /** Why it is as strong as it is. */
  reason: string;
}

export interface Resolution {
  /** Who gets the resource's data; none while it is contested or nobody's claim is verified. */
  owner?: string;
  /** Whether the owner's claim is strong enough to act on the resource. */
  ownerMayAct: boolean;
  claimants: ClaimantVerdict[];
}

export const ACTION_STRENGTH = 2;

export function strengthOf(c: Claimant): { strength: number; reason: string } {
  if (c.approved) return { strength: 3, reason: 'approved by a platform admin' };
  if (c.pointsBack) return { strength: 2, reason: 'the resource points back at the entity' };
  if (c.origin === 'configured') return { strength: 2, reason: "the entity is in the portal's configuration" };
  if (c.origin === 'organisation') return { strength: 1, reason: "the entity's catalog file is in a repository of the organisation" };
  return { strength: 0, reason: 'nothing vouches for the claim: the entity was registered from outside the organisation' };
}

/** Who gets one resource, from everyone who claims it (order does not matter). */
export function resolveClaimants(claimants: Claimant[]): Resolution {
  // One verdict per entity, its strongest claim counting.
  const byEntity = new Map<string, { strength: number; reason: string }>();
  for (const c of claimants) {
    const s = strengthOf(c);
    const seen = byEntity.get(c.entityRef);
    if (!seen || s.strength > seen.strength) byEntity.set(c.entityRef, s);
  }
  const top = Math.max(0, ...[...byEntity.values()].map(s => s.strength));
  const atTop = [...byEntity].filter(([, s]) => s.strength === top && top > 0).map(([ref]) => ref);
  const owner = atTop.length === 1 ? atTop[0] : undefined;
  const verdicts = [...byEntity]
    .map(([entityRef, s]): ClaimantVerdict => {
      let status: ClaimStatus = 'unverified';
      if (entityRef === owner) status = 'verified';
      else if (s.strength > 0) status = s.strength === top ? 'contested' : 'outranked';
      return { entityRef, status, strength: s.strength, reason: s.reason };
    })
    .sort((a, b) => b.strength - a.strength || (a.entityRef < b.entityRef ? -1 : 1));
  return { owner, ownerMayAct: owner !== undefined && top >= ACTION_STRENGTH, claimants: verdicts };
}
