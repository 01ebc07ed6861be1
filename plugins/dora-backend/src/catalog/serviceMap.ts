import { AuthService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { DoraStore, ServiceMapping } from '../database/DoraStore';

/** The annotations that tie delivery events to a component. */
export const DORA_ANNOTATIONS = {
  githubProjectSlug: 'github.com/project-slug',
  argoCdAppName: 'argocd/app-name',
  pagerDutyServiceId: 'pagerduty.com/service-id',
  productionEnvironment: 'dora/production-environment',
} as const;

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map(v => v.trim())
    .filter(Boolean);

/** Every service key a component answers to, including its own entity ref for the REST API. */
export function mappingsFor(entity: Entity, defaultProductionEnvironment: string): ServiceMapping[] {
  const annotations = entity.metadata.annotations ?? {};
  const entityRef = stringifyEntityRef(entity).toLocaleLowerCase('en-US');
  const productionEnvironment =
    annotations[DORA_ANNOTATIONS.productionEnvironment]?.trim() || defaultProductionEnvironment;
  const keys: Array<Pick<ServiceMapping, 'serviceKind' | 'serviceKey'>> = [
    { serviceKind: 'entity', serviceKey: entityRef },
    ...list(annotations[DORA_ANNOTATIONS.githubProjectSlug]).map(slug => ({
      serviceKind: 'github' as const,
      serviceKey: slug.toLocaleLowerCase('en-US'),
    })),
    ...list(annotations[DORA_ANNOTATIONS.argoCdAppName]).map(app => ({ serviceKind: 'argocd' as const, serviceKey: app })),
    ...list(annotations[DORA_ANNOTATIONS.pagerDutyServiceId]).map(id => ({
      serviceKind: 'pagerduty' as const,
      serviceKey: id,
    })),
  ];
  return keys.map(k => ({ ...k, entityRef, productionEnvironment }));
}

/** Rebuilds the service map from every component in the catalog. */
export async function refreshServiceMap(options: {
  catalog: CatalogService;
  auth: AuthService;
  store: DoraStore;
  defaultProductionEnvironment: string;
}): Promise<number> {
  const { items } = await options.catalog.getEntities(
    {
      filter: { kind: 'component' },
      fields: ['kind', 'metadata.name', 'metadata.namespace', 'metadata.annotations'],
    },
    { credentials: await options.auth.getOwnServiceCredentials() },
  );
  const seen = new Set<string>();
  const mappings = items
    .flatMap(entity => mappingsFor(entity, options.defaultProductionEnvironment))
    .filter(m => {
      const key = `${m.serviceKind}\u0000${m.serviceKey}\u0000${m.entityRef}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  await options.store.replaceServiceMap(mappings);
  return mappings.length;
}
