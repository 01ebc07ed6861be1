import { COST_CATEGORIES, CategoryAmounts } from '@internal/plugin-cost-common';

export const money = (amount: number | undefined, currency: string) =>
  amount === undefined ? '–' : new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: amount >= 1000 ? 0 : 2 }).format(amount);

export const percent = (share: number | undefined) => (share === undefined ? '–' : `${share >= 0 ? '+' : ''}${Math.round(share * 100)}%`);

export const CATEGORY_COLOURS: Record<(typeof COST_CATEGORIES)[number], string> = {
  compute: '#1976d2',
  memory: '#7b1fa2',
  storage: '#00897b',
  network: '#f9a825',
  other: '#9e9e9e',
};

/** Categories with a non-zero amount, largest first. */
export const nonZero = (amounts: CategoryAmounts) => COST_CATEGORIES.filter(c => amounts[c] > 0).sort((a, b) => amounts[b] - amounts[a]);

/** "3 hours ago", "2 days ago". */
export function ago(time: number, now = Date.now()): string {
  const minutes = Math.round((now - time) / 60000);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.round(hours / 24)} days ago`;
}
