import { ClaimKind } from '@internal/plugin-claims-common';
import { ClaimsServiceApi } from '@internal/plugin-claims-node';
import { CostDimension, DimensionOwner, dimensionOwners } from '@internal/plugin-cost-common';
import { CostStore } from '../database/CostStore';

/** The claims of each dimension costs are tagged with (annotations in @internal/plugin-claims-common). */
export const COST_CLAIM_KINDS: Record<CostDimension['kind'], ClaimKind> = {
  namespace: 'cost-namespace',
  label: 'cost-label',
  controller: 'cost-controller',
  tag: 'cost-tag',
};

/**
 * Rebuilds the dimension map from the verified owners of every cost dimension: a dimension
 * claimed by nobody verified, or contested, stays unallocated (and the claims list it).
 */
export async function refreshDimensionMap(claims: ClaimsServiceApi, store: CostStore): Promise<number> {
  const owners: DimensionOwner[] = [];
  for (const [kind, claimKind] of Object.entries(COST_CLAIM_KINDS) as Array<[CostDimension['kind'], ClaimKind]>) {
    for (const [key, owner] of Object.entries((await claims.owners(claimKind)).owners)) {
      owners.push({ kind, key, entityRef: owner.entityRef.toLocaleLowerCase('en-US') });
    }
  }
  await store.replaceDimensionMap(dimensionOwners(owners));
  return owners.length;
}
