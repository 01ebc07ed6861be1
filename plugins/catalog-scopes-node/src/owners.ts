import { Entity, stringifyEntityRef } from '@backstage/catalog-model';

/** The groups (or users) that own an entity, as lower-case refs; a group owns itself. */
export function ownersOf(entity: Entity): string[] {
  if (entity.kind.toLocaleLowerCase('en-US') === 'group') return [stringifyEntityRef(entity).toLocaleLowerCase('en-US')];
  return (entity.relations ?? []).filter(r => r.type === 'ownedBy').map(r => r.targetRef.toLocaleLowerCase('en-US'));
}

/** Whether any of a user's ownership claims is one of the owners (compared case-insensitively). */
export function claimsAnyOwner(owners: string[], claims: string[]): boolean {
  const mine = new Set(claims.map(c => c.toLocaleLowerCase('en-US')));
  return owners.some(owner => mine.has(owner.toLocaleLowerCase('en-US')));
}
