import { ClaimKind } from './kinds';
import { ClaimStatus, ClaimantVerdict } from './resolve';

export type ApprovalKind = ClaimKind | 'entity';

/** One claim of an entity, as its owners and the tabs show it. */
export interface EntityClaim {
  kind: ClaimKind;
  value: string;
  status: ClaimStatus;
  /** Why the claim is as strong as it is. */
  reason: string;
  /** Whether the entity may act on the resource through the portal (sync, rollback). */
  mayAct: boolean;
  /** The other entities that claim the resource and the caller may see. */
  others: ClaimantVerdict[];
  /** What would verify it; absent when it is verified. */
  howToVerify?: string;
}

/**
 * A resource claimed by more than one entity, or by nobody that is verified; or (`entity`) an
 * entity registered from outside the organisation, which nothing may act on until approved.
 */
export interface ClaimConflict {
  kind: ApprovalKind;
  value: string;
  owner?: string;
  claimants: ClaimantVerdict[];
}

/** An approval: of a claim, or (`entity`) of the entity itself, so that it may be acted on. */
export interface ClaimApproval {
  kind: ApprovalKind;
  value: string;
  entityRef: string;
  approvedBy: string;
  approvedAt: string;
}

/**
 * What an outside system says about one of its resources, for the claims to be checked against:
 * the entities it names and the repositories it deploys from, and its labels (for selectors).
 */
export interface ResourceFact {
  value: string;
  entityRefs?: string[];
  repositories?: string[];
  labels?: Record<string, string>;
}

/** Who owns the resources of a kind: value -> entity ref, only for verified owners. */
export interface OwnersResponse {
  kind: ClaimKind;
  owners: Record<string, { entityRef: string; mayAct: boolean }>;
}
