import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { entityByRef } from '@internal/plugin-catalog-scopes-node';
import { CLAIM_KINDS, ClaimConflict, ClaimKind, EntityClaim, OwnersResponse, Resolution, ResourceFact, howToVerify } from '@internal/plugin-claims-common';
import { ClaimStore } from '../database/ClaimStore';
import { ClaimIndex, IndexedEntity } from './ClaimIndex';

const KINDS = Object.keys(CLAIM_KINDS) as ClaimKind[];

/** What the claims routes answer, from the index, the store and the catalog as the caller sees it. */
export class ClaimsService {
  constructor(private readonly options: { index: ClaimIndex; store: ClaimStore; catalog: CatalogService }) {}

  /** The entity, read now (so a claim made a moment ago counts), as the caller may see it. */
  async entity(entityRef: string, credentials: BackstageCredentials): Promise<IndexedEntity> {
    return this.options.index.index(await entityByRef(this.options.catalog, entityRef, credentials));
  }

  /** The entity's claims of `kinds`; others who claim the same are named only if `visible`. */
  async claimsOf(entity: IndexedEntity, kinds: ClaimKind[], visible: (refs: string[]) => Promise<Set<string>>, facts?: ResourceFact[]) {
    const claims: Array<{ kind: ClaimKind; value: string; resolution: Resolution }> = [];
    for (const kind of kinds) {
      const resolutions = await this.options.index.resolveKind(kind, { current: entity, facts });
      for (const [value, resolution] of ClaimIndex.claimedBy(entity.entityRef, resolutions)) claims.push({ kind, value, resolution });
    }
    const seen = await visible([...new Set(claims.flatMap(c => c.resolution.claimants.map(v => v.entityRef)))]);
    return claims.map(({ kind, value, resolution }): EntityClaim => {
      const mine = resolution.claimants.find(v => v.entityRef === entity.entityRef)!;
      const verified = mine.status === 'verified';
      return {
        kind,
        value,
        status: mine.status,
        reason: mine.reason,
        mayAct: verified && resolution.ownerMayAct,
        others: resolution.claimants.filter(v => v.entityRef !== entity.entityRef && seen.has(v.entityRef)),
        ...(!verified && { howToVerify: howToVerify(kind, entity.entityRef) }),
      };
    });
  }

  /** Every entity's claim that is not simply verified and alone, with the claimants the caller may see. */
  async conflicts(visible: (refs: string[]) => Promise<Set<string>>): Promise<ClaimConflict[]> {
    const all: ClaimConflict[] = [];
    for (const kind of KINDS) {
      for (const [value, r] of await this.options.index.resolveKind(kind)) {
        if (r.claimants.length === 1 && r.claimants[0].status === 'verified') continue;
        all.push({ kind, value, owner: r.owner, claimants: r.claimants });
      }
    }
    // Entities from outside the organisation: self-service acts on none until an admin approves one.
    const approvedEntities = new Set((await this.options.store.approvals()).filter(a => a.kind === 'entity').map(a => a.value));
    for (const entity of this.options.index.all()) {
      if (entity.origin !== 'elsewhere' || approvedEntities.has(entity.entityRef)) continue;
      all.push({
        kind: 'entity',
        value: entity.entityRef,
        claimants: [{ entityRef: entity.entityRef, status: 'unverified', strength: 0, reason: 'the entity was registered from outside the organisation' }],
      });
    }
    const seen = await visible([...new Set(all.flatMap(c => c.claimants.map(v => v.entityRef)))]);
    return all
      .map(c => ({ ...c, owner: c.owner && seen.has(c.owner) ? c.owner : undefined, claimants: c.claimants.filter(v => seen.has(v.entityRef)) }))
      .filter(c => c.claimants.length > 0);
  }

  async owners(kind: ClaimKind): Promise<OwnersResponse> {
    const owners: OwnersResponse['owners'] = {};
    for (const [value, r] of await this.options.index.resolveKind(kind)) {
      if (r.owner) owners[value] = { entityRef: r.owner, mayAct: r.ownerMayAct };
    }
    return { kind, owners };
  }

  /** Whether the entity itself may be acted on (self-service): in the configuration, from the organisation, or approved. */
  async entityVerified(entity: IndexedEntity): Promise<{ verified: boolean; reason: string }> {
    if (entity.origin === 'configured') return { verified: true, reason: "the entity is in the portal's configuration" };
    if (entity.origin === 'organisation') return { verified: true, reason: "the entity's catalog file is in a repository of the organisation" };
    const approvals = await this.options.store.approvals();
    if (approvals.some(a => a.kind === 'entity' && a.value.toLocaleLowerCase('en-US') === entity.entityRef)) {
      return { verified: true, reason: 'approved by a platform admin' };
    }
    return {
      verified: false,
      reason: `${entity.entityRef} is not verified: it was registered from outside the organisation's repositories. Register it from a repository of the organisation, or ask a platform admin to approve it on the Catalog health page.`,
    };
  }
}
