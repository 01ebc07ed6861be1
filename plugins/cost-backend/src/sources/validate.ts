import { CostCategory, CostLine } from '@internal/plugin-cost-common';
import { RejectedLine } from './types';

/**
 * Keeps a line only when its amount is a finite number from 0 up to `maxDailyAmount`; anything
 * else (negative, NaN, absurd) is rejected with the reason.
 */
export function checkedLine(
  line: Omit<CostLine, 'amount'> & { amount: unknown },
  where: string,
  maxDailyAmount: number,
  rejected: RejectedLine[],
): CostLine | undefined {
  const amount = typeof line.amount === 'string' && line.amount.trim() !== '' ? Number(line.amount) : line.amount;
  if (typeof amount !== 'number' || !Number.isFinite(amount)) {
    rejected.push({ where, reason: `amount is not a number: ${String(line.amount).slice(0, 40)}` });
    return undefined;
  }
  if (amount < 0) {
    rejected.push({ where, reason: `amount is negative: ${amount}` });
    return undefined;
  }
  if (amount > maxDailyAmount) {
    rejected.push({ where, reason: `amount ${amount} is above the daily limit of ${maxDailyAmount}` });
    return undefined;
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(line.date)) {
    rejected.push({ where, reason: `not a day: ${line.date}` });
    return undefined;
  }
  return { ...line, amount };
}

/** Adds lines of several categories from one record, skipping zeros. */
export function categoryLines(
  base: Omit<CostLine, 'amount' | 'category'>,
  amounts: Partial<Record<CostCategory, unknown>>,
  where: string,
  maxDailyAmount: number,
  rejected: RejectedLine[],
): CostLine[] {
  const out: CostLine[] = [];
  for (const [category, amount] of Object.entries(amounts) as Array<[CostCategory, unknown]>) {
    const line = checkedLine({ ...base, category, amount }, `${where} ${category}`, maxDailyAmount, rejected);
    if (line && line.amount > 0) out.push(line);
  }
  return out;
}
