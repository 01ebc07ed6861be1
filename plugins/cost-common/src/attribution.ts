import { CategoryAmounts, CostDimension, CostLine, addAmounts, zeroAmounts } from './costs';

/** The entity a dimension belongs to: its verified owner, as the claims settle it. */
export interface DimensionOwner extends CostDimension {
  entityRef: string;
}

const keyOf = (d: CostDimension) => `${d.kind}\u0000${d.key}`;

/**
 * The map `allocate` reads: dimension to entity. Owners come from the claims, which give a
 * dimension to one verified entity at most, so every cost line goes to one place at most.
 */
export function dimensionOwners(owners: DimensionOwner[]): Map<string, string> {
  return new Map(owners.map(o => [keyOf(o), o.entityRef]));
}

export interface Allocation {
  byEntity: Map<string, CategoryAmounts>;
  /** Costs no entity claims: reported, never dropped. */
  unallocated: CategoryAmounts;
}

/** Sorts cost lines to the entities that claim their dimension; the rest is unallocated. */
export function allocate(lines: CostLine[], owners: Map<string, string>): Allocation {
  const byEntity = new Map<string, CategoryAmounts>();
  let unallocated = zeroAmounts();
  for (const line of lines) {
    const one = { ...zeroAmounts(), [line.category]: line.amount };
    const entityRef = owners.get(keyOf(line));
    if (entityRef) byEntity.set(entityRef, addAmounts(byEntity.get(entityRef) ?? zeroAmounts(), one));
    else unallocated = addAmounts(unallocated, one);
  }
  return { byEntity, unallocated };
}

/** The sum over a set of entities, e.g. everything a group owns (each entity counted once). */
export function rollup(byEntity: Map<string, CategoryAmounts>, members: Iterable<string>): CategoryAmounts {
  let total = zeroAmounts();
  for (const ref of new Set(members)) {
    const amounts = byEntity.get(ref);
    if (amounts) total = addAmounts(total, amounts);
  }
  return total;
}
