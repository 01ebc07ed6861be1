import { CategoryAmounts, cents, totalOf, zeroAmounts } from './costs';

/** Prices for estimating a service before it exists (config `cost.priceTable`). */
export interface PriceTable {
  currency: string;
  /** Per vCPU per month. */
  cpuMonthly: number;
  /** Per GiB of memory per month. */
  memoryGiBMonthly: number;
  /** Per GiB of persistent storage per month. */
  storageGiBMonthly: number;
  /** Named instance sizes. */
  sizes: Record<string, { cpu: number; memoryGiB: number }>;
}

export interface EstimateInput {
  size: string;
  replicas: number;
  storageGiB: number;
}

export interface Estimate {
  currency: string;
  monthly: number;
  amounts: CategoryAmounts;
}

/** The monthly cost of `replicas` instances of a size plus storage, by category. */
export function estimateMonthly(prices: PriceTable, input: EstimateInput): Estimate {
  // Own sizes only: 'constructor' or 'toString' name what every object inherits, not a size.
  const size = Object.hasOwn(prices.sizes, input.size) ? prices.sizes[input.size] : undefined;
  if (!size) {
    throw new Error(`Unknown size '${input.size}'; known sizes: ${Object.keys(prices.sizes).join(', ')}`);
  }
  const amounts = {
    ...zeroAmounts(),
    compute: cents(input.replicas * size.cpu * prices.cpuMonthly),
    memory: cents(input.replicas * size.memoryGiB * prices.memoryGiBMonthly),
    storage: cents(input.storageGiB * prices.storageGiBMonthly),
  };
  return { currency: prices.currency, monthly: cents(totalOf(amounts)), amounts };
}
