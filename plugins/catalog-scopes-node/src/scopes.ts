import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { entityByRef } from './entity';

export interface EntityScope {
  entityRef: string;
  /** The entity itself, as the caller may see it. */
  entity: Entity;
  scope: 'service' | 'system' | 'group';
  /** Components whose events count, as lower-case refs (the service map's form). */
  services: string[];
}

const refOf = (entity: Entity) => stringifyEntityRef(entity).toLocaleLowerCase('en-US');
const REF_FIELDS = ['kind', 'metadata.name', 'metadata.namespace'];

/**
 * What an entity's rollup counts (DORA, cost, self-service, Argo CD, Datadog): a component itself, a system's components, or the
 * components owned by a group and all its sub-groups. The catalog is read with the caller's
 * credentials, so nobody sees metrics of entities they cannot see.
 */
export class RollupScopes {
  constructor(private readonly catalog: CatalogService) {}

  async resolve(ref: string, credentials: BackstageCredentials): Promise<EntityScope> {
    const entity = await entityByRef(this.catalog, ref, credentials);
    const entityRef = refOf(entity);
    switch (entity.kind.toLocaleLowerCase('en-US')) {
      case 'component':
        return { entityRef, entity, scope: 'service', services: [entityRef] };
      case 'system':
        return { entityRef, entity, scope: 'system', services: await this.components({ 'relations.partOf': entityRef }, credentials) };
      case 'group': {
        const groups = await this.groupAndDescendants(entityRef, credentials);
        return { entityRef, entity, scope: 'group', services: await this.components({ 'relations.ownedBy': groups }, credentials) };
      }
      default:
        throw new InputError(`Rollups are for components, systems and groups, not ${entity.kind}`);
    }
  }

  /** Every component the caller can see, with the groups that own it. */
  async visibleComponents(credentials: BackstageCredentials): Promise<Array<{ ref: string; owners: string[] }>> {
    const { items } = await this.catalog.getEntities({ filter: { kind: 'component' }, fields: [...REF_FIELDS, 'relations'] }, { credentials });
    return items.map(e => ({
      ref: refOf(e),
      owners: (e.relations ?? []).filter(r => r.type === 'ownedBy').map(r => r.targetRef.toLocaleLowerCase('en-US')),
    }));
  }

  /** Every group the caller can see, with its title, type and children. */
  async visibleGroups(credentials: BackstageCredentials) {
    const { items } = await this.catalog.getEntities(
      { filter: { kind: 'group' }, fields: [...REF_FIELDS, 'metadata.title', 'spec.type', 'spec.profile', 'relations'] },
      { credentials },
    );
    return items.map(e => ({
      ref: refOf(e),
      title: (e.spec?.profile as { displayName?: string } | undefined)?.displayName ?? e.metadata.title,
      type: e.spec?.type as string | undefined,
      children: (e.relations ?? []).filter(r => r.type === 'parentOf').map(r => r.targetRef.toLocaleLowerCase('en-US')),
    }));
  }

  /** The users in a group or any of its sub-groups; a user ref stands for itself. */
  async membersOf(ref: string, credentials: BackstageCredentials): Promise<string[]> {
    if (ref.toLocaleLowerCase('en-US').startsWith('user:')) return [ref.toLocaleLowerCase('en-US')];
    const groups = await this.groupAndDescendants(ref.toLocaleLowerCase('en-US'), credentials);
    const { items } = await this.catalog.getEntities({ filter: { kind: 'user', 'relations.memberOf': groups }, fields: REF_FIELDS }, { credentials });
    return items.map(refOf).sort();
  }

  private async components(filter: Record<string, string | string[]>, credentials: BackstageCredentials) {
    const { items } = await this.catalog.getEntities({ filter: { kind: 'component', ...filter }, fields: REF_FIELDS }, { credentials });
    return items.map(refOf);
  }

  private async groupAndDescendants(groupRef: string, credentials: BackstageCredentials): Promise<string[]> {
    const all = new Set([groupRef]);
    let frontier = [groupRef];
    while (frontier.length > 0) {
      const { items } = await this.catalog.getEntities({ filter: { kind: 'group', 'relations.childOf': frontier }, fields: REF_FIELDS }, { credentials });
      frontier = items.map(refOf).filter(ref => !all.has(ref));
      frontier.forEach(ref => all.add(ref));
    }
    return [...all];
  }
}

/** A group's own ref plus all groups below it, from a list of groups with their children. */
export function descendantsOf(groupRef: string, childrenOf: Map<string, string[]>): string[] {
  const all = new Set([groupRef]);
  const stack = [groupRef];
  while (stack.length > 0) {
    for (const child of childrenOf.get(stack.pop()!) ?? []) {
      if (!all.has(child)) {
        all.add(child);
        stack.push(child);
      }
    }
  }
  return [...all];
}
