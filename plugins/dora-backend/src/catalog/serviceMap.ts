import { AuthService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { ClaimKind } from '@internal/plugin-claims-common';
import { ClaimsServiceApi } from '@internal/plugin-claims-node';
import { DoraStore, ServiceMapping } from '../database/DoraStore';
import { ServiceKind } from '../ingest/types';

/** The annotation a component names its own production environment with. */
export const PRODUCTION_ENVIRONMENT_ANNOTATION = 'dora/production-environment';

/** The claims whose verified owners get a service's delivery events (annotations in @internal/plugin-claims-common). */
const CLAIMS: Array<[Exclude<ServiceKind, 'entity'>, ClaimKind]> = [
  ['github', 'github-repo'],
  ['argocd', 'argocd-app'],
  ['pagerduty', 'pagerduty-service'],
];

/**
 * Rebuilds the service map: every component answers to its own entity ref (the REST API), and a
 * repository, Argo CD application or PagerDuty service to the component whose claim on it is
 * verified. Events of a service nobody's claim is verified on stay unmapped, never with a
 * claimant who merely named it.
 */
export async function refreshServiceMap(options: {
  catalog: CatalogService;
  auth: AuthService;
  claims: ClaimsServiceApi;
  store: DoraStore;
  defaultProductionEnvironment: string;
}): Promise<number> {
  const { items } = await options.catalog.getEntities(
    { filter: { kind: 'component' }, fields: ['kind', 'metadata.name', 'metadata.namespace', 'metadata.annotations'] },
    { credentials: await options.auth.getOwnServiceCredentials() },
  );
  const productionOf = new Map(
    items.map(e => [
      stringifyEntityRef(e).toLocaleLowerCase('en-US'),
      e.metadata.annotations?.[PRODUCTION_ENVIRONMENT_ANNOTATION]?.trim() || options.defaultProductionEnvironment,
    ]),
  );
  const mappings: ServiceMapping[] = [...productionOf].map(([entityRef, productionEnvironment]) => ({
    serviceKind: 'entity',
    serviceKey: entityRef,
    entityRef,
    productionEnvironment,
  }));
  for (const [serviceKind, claimKind] of CLAIMS) {
    for (const [serviceKey, owner] of Object.entries((await options.claims.owners(claimKind)).owners)) {
      const entityRef = owner.entityRef.toLocaleLowerCase('en-US');
      const productionEnvironment = productionOf.get(entityRef);
      if (productionEnvironment) mappings.push({ serviceKind, serviceKey, entityRef, productionEnvironment });
    }
  }
  await options.store.replaceServiceMap(mappings);
  return mappings.length;
}
