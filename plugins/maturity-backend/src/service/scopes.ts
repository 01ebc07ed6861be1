import { InputError, NotFoundError } from '@backstage/errors';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { AuthService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';

/** A full entity ref (`kind:namespace/name`) from a short or full one. */
export function normalizeRef(ref: string, defaultKind: string): string {
  return stringifyEntityRef(parseEntityRef(ref, { defaultKind, defaultNamespace: 'default' }));
}

/** What an assessment is about, and who owns it (whose members may edit it). */
export interface AssessmentScope {
  scopeRef: string;
  ownerRef: string;
}

/** Normalises a scope: `platform`, or the ref of a group or a system (kind defaults to group). */
export function parseScope(value: unknown): string {
  if (value === 'platform') return 'platform';
  if (typeof value !== 'string' || value.length === 0) {
    throw new InputError('scope is required: "platform" or a group or system entity ref');
  }
  let ref;
  try {
    ref = parseEntityRef(value, { defaultKind: 'group', defaultNamespace: 'default' });
  } catch (e) {
    throw new InputError(`scope ${JSON.stringify(value)} is not an entity ref`);
  }
  const kind = ref.kind.toLocaleLowerCase('en-US');
  if (kind !== 'group' && kind !== 'system') {
    throw new InputError(`scope must be "platform", a group or a system, not a ${ref.kind}`);
  }
  return stringifyEntityRef({ ...ref, kind });
}

/** Finds the owner of scopes in the catalog: a group owns itself, a system has an owner. */
export class AssessmentScopes {
  constructor(private readonly catalog: CatalogService, private readonly auth: AuthService, private readonly platformOwner: string) {}

  /** Whether a user or group of that ref is in the catalog (owners of actions must be). */
  async isUserOrGroup(ref: string): Promise<boolean> {
    let parsed;
    try {
      parsed = parseEntityRef(ref, { defaultKind: 'user', defaultNamespace: 'default' });
    } catch {
      return false;
    }
    if (!['user', 'group'].includes(parsed.kind.toLocaleLowerCase('en-US'))) return false;
    const entity = await this.catalog.getEntityByRef(parsed, {
      credentials: await this.auth.getOwnServiceCredentials(),
    });
    return !!entity;
  }

  async resolve(scopeRef: string): Promise<AssessmentScope> {
    if (scopeRef === 'platform') return { scopeRef, ownerRef: this.platformOwner };
    const entity = await this.catalog.getEntityByRef(scopeRef, {
      credentials: await this.auth.getOwnServiceCredentials(),
    });
    if (!entity) throw new NotFoundError(`No ${scopeRef} in the catalog`);
    if (entity.kind.toLocaleLowerCase('en-US') === 'group') return { scopeRef, ownerRef: scopeRef };
    const owner = (entity.spec as { owner?: string } | undefined)?.owner;
    if (!owner) throw new NotFoundError(`${scopeRef} has no owner in the catalog`);
    return { scopeRef, ownerRef: normalizeRef(owner, 'group') };
  }
}
