/** What a cost is spent on; every source's line items are sorted into these. */
export const COST_CATEGORIES = ['compute', 'memory', 'storage', 'network', 'other'] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];

export function isCostCategory(value: string): value is CostCategory {
  return (COST_CATEGORIES as readonly string[]).includes(value);
}

/**
 * What a source's cost line names, before the catalog says which entity that is: a Kubernetes
 * namespace, a label (`app=payments-api`), a controller, or a cost-allocation tag value.
 */
export interface CostDimension {
  kind: 'namespace' | 'label' | 'controller' | 'tag';
  key: string;
}

/** One day's cost of one dimension in one category, from one source. */
export interface CostLine extends CostDimension {
  /** UTC day, YYYY-MM-DD. */
  date: string;
  category: CostCategory;
  amount: number;
}

export type CategoryAmounts = Record<CostCategory, number>;

export const zeroAmounts = (): CategoryAmounts => ({ compute: 0, memory: 0, storage: 0, network: 0, other: 0 });

export const totalOf = (amounts: CategoryAmounts) => COST_CATEGORIES.reduce((sum, category) => sum + amounts[category], 0);

/** Adds `b` into a copy of `a`. */
export function addAmounts(a: CategoryAmounts, b: CategoryAmounts): CategoryAmounts {
  const out = { ...a };
  for (const c of COST_CATEGORIES) out[c] += b[c];
  return out;
}

/** Rounds to cents, for display and exports. */
export const cents = (amount: number) => Math.round(amount * 100) / 100;
