import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity, parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';

/**
 * An entity as the caller may see it: a malformed ref is 400, an entity they cannot see (or that
 * does not exist) 404; a catalog failure stays what it is.
 */
export async function entityByRef(catalog: CatalogService, entityRef: string, credentials: BackstageCredentials): Promise<Entity> {
  let ref;
  try {
    ref = parseEntityRef(entityRef);
  } catch {
    throw new InputError(`entityRef is not an entity ref: ${entityRef}`);
  }
  const entity = await catalog.getEntityByRef(ref, { credentials });
  if (!entity) throw new NotFoundError(`No entity ${stringifyEntityRef(ref)}`);
  return entity;
}
