import { CategoryAmounts, CostDimension, CostLine, addAmounts, zeroAmounts } from './costs';

/** A catalog entity's claim on a dimension, from its annotations. */
export interface DimensionClaim extends CostDimension {
  entityRef: string;
}

const keyOf = (d: CostDimension) => `${d.kind}\u0000${d.key}`;

/**
 * Which entity each dimension belongs to. When several entities claim the same dimension the
 * first by entity ref takes it, so every cost line goes to exactly one place and nothing is
 * counted twice.
 */
export function resolveClaims(claims: DimensionClaim[]): Map<string, string> {
  const owner = new Map<string, string>();
  for (const claim of [...claims].sort((a, b) => (a.entityRef < b.entityRef ? -1 : 1))) {
    if (!owner.has(keyOf(claim))) owner.set(keyOf(claim), claim.entityRef);
  }
  return owner;
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
