import { AuthService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { CostDimension, DimensionClaim, resolveClaims } from '@internal/plugin-cost-common';
import { CostStore } from '../database/CostStore';

/** The annotations that tie costs to a component. */
export const COST_ANNOTATIONS: Record<string, CostDimension['kind']> = {
  'backstage.io/kubernetes-namespace': 'namespace',
  'backstage.io/kubernetes-label-selector': 'label',
  'cost/kubernetes-controller': 'controller',
  'cost/tag': 'tag',
};

export function claimsOf(entity: Entity): DimensionClaim[] {
  const entityRef = stringifyEntityRef(entity).toLocaleLowerCase('en-US');
  const annotations = entity.metadata.annotations ?? {};
  return Object.entries(COST_ANNOTATIONS).flatMap(([annotation, kind]) =>
    (annotations[annotation] ?? '')
      .split(',')
      .map(v => v.trim())
      .filter(Boolean)
      .map(key => ({ kind, key, entityRef })),
  );
}

/** Rebuilds the dimension map from every component's annotations. */
export async function refreshDimensionMap(catalog: CatalogService, auth: AuthService, store: CostStore): Promise<number> {
  const { items } = await catalog.getEntities(
    { filter: { kind: 'component' }, fields: ['kind', 'metadata.name', 'metadata.namespace', 'metadata.annotations'] },
    { credentials: await auth.getOwnServiceCredentials() },
  );
  const owners = resolveClaims(items.flatMap(claimsOf));
  await store.replaceDimensionMap(owners);
  return owners.size;
}
