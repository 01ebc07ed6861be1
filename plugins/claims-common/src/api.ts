import { ClaimKind } from './kinds';
import { components } from './schema/openapi.generated';

type Schemas = components['schemas'];

export type ApprovalKind = ClaimKind | 'entity';

/** One claim of an entity, as its owners and the tabs show it. */
export type EntityClaim = Schemas['EntityClaim'];

/**
 * A resource claimed by more than one entity, or by nobody that is verified; or (`entity`) an
 * entity registered from outside the organisation, which nothing may act on until approved.
 */
export type ClaimConflict = Schemas['ClaimConflict'];

/** An approval: of a claim, or (`entity`) of the entity itself, so that it may be acted on. */
export type ClaimApproval = Schemas['ClaimApproval'];

/**
 * What an outside system says about one of its resources, for the claims to be checked against:
 * the entities it names and the repositories it deploys from, and its labels (for selectors).
 */
export type ResourceFact = Schemas['ResourceFact'];

/** Who owns the resources of a kind: value -> entity ref, only for verified owners. */
export type OwnersResponse = Schemas['OwnersResponse'];
