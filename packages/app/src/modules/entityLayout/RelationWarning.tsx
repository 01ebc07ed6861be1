import { Entity } from '@backstage/catalog-model';
import { useApi } from '@backstage/frontend-plugin-api';
import { catalogApiRef, useEntity } from '@backstage/plugin-catalog-react';
import { Alert } from '@backstage/ui';
import useAsync from 'react-use/esm/useAsync';

/** How many of an entity's relations point at entities the caller cannot read (or that do not exist). */
export async function unreadableRelations(
  entity: Entity,
  catalogApi: { getEntitiesByRefs: (request: { entityRefs: string[]; fields?: string[] }) => Promise<{ items: Array<Entity | undefined> }> },
) {
  const refs = [...new Set((entity.relations ?? []).map(r => r.targetRef))];
  if (refs.length === 0 || refs.length > 1000) return 0;
  const { items } = await catalogApi.getEntitiesByRefs({ entityRefs: refs, fields: ['kind', 'metadata.name', 'metadata.namespace'] });
  return items.filter(i => !i).length;
}

/**
 * Catalog's relation warning names every related entity it cannot find; one the reader may not
 * see (a confidential API) is named too. This one counts them and names none.
 */
export function RelationWarning() {
  const { entity } = useEntity();
  const catalogApi = useApi(catalogApiRef);
  const { value } = useAsync(() => unreadableRelations(entity, catalogApi), [entity, catalogApi]);
  if (!value) return null;
  return (
    <Alert
      status="warning"
      title={
        value === 1
          ? 'This entity has a relation to an entity that is not in the catalog, or that you may not see.'
          : `This entity has ${value} relations to entities that are not in the catalog, or that you may not see.`
      }
    />
  );
}
