import { CategoryAmounts, addAmounts, totalOf, zeroAmounts } from './costs';

/** One UTC day's cost of an entity (or a rollup), by category. */
export interface DailyCost {
  date: string;
  amounts: CategoryAmounts;
}

export const DAY_MS = 24 * 60 * 60 * 1000;
export const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);
export const monthOf = (date: string) => date.slice(0, 7);

export function daysInMonth(month: string): number {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return isoDay(Date.UTC(y, m - 2, 1)).slice(0, 7);
}

/** The sum by category of the days in a month. */
export function monthTotal(daily: DailyCost[], month: string): CategoryAmounts {
  return daily.filter(d => monthOf(d.date) === month).reduce((sum, d) => addAmounts(sum, d.amounts), zeroAmounts());
}

/** Days averaged for the forecast: the most recent week with data. */
const FORECAST_DAYS = 7;

/**
 * Month to date, and the month's end forecast: month to date plus the mean of the last seven days
 * with data for every day left after the last day with data.
 */
export function forecastMonth(daily: DailyCost[], month: string): { monthToDate: number; forecast: number; lastDay?: string } {
  const inMonth = daily.filter(d => monthOf(d.date) === month).sort((a, b) => (a.date < b.date ? -1 : 1));
  const monthToDate = inMonth.reduce((sum, d) => sum + totalOf(d.amounts), 0);
  const lastDay = inMonth[inMonth.length - 1]?.date;
  if (!lastDay) return { monthToDate: 0, forecast: 0 };
  const recent = daily
    .filter(d => d.date <= lastDay)
    .sort((a, b) => (a.date < b.date ? 1 : -1))
    .slice(0, FORECAST_DAYS);
  const mean = recent.reduce((sum, d) => sum + totalOf(d.amounts), 0) / recent.length;
  const remaining = daysInMonth(month) - Number(lastDay.slice(8, 10));
  return { monthToDate, forecast: monthToDate + mean * remaining, lastDay };
}

/** The change from last month to this month's forecast, and whether it passes the threshold. */
export function monthOverMonth(forecast: number, lastMonth: number, thresholdPercent: number): { change?: number; significant: boolean } {
  if (lastMonth <= 0) return { change: undefined, significant: false };
  const change = (forecast - lastMonth) / lastMonth;
  return { change, significant: Math.abs(change) * 100 >= thresholdPercent };
}

/** Where a value stands among its peers: their median and the share of them it is at or above. */
export function peerComparison(value: number, peers: number[]): { peers: number; median?: number; percentile?: number } {
  if (peers.length === 0) return { peers: 0 };
  const sorted = [...peers].sort((a, b) => a - b);
  const mid = (sorted.length - 1) / 2;
  const median = (sorted[Math.floor(mid)] + sorted[Math.ceil(mid)]) / 2;
  const atOrBelow = sorted.filter(p => p <= value).length;
  return { peers: peers.length, median, percentile: Math.round((100 * atOrBelow) / sorted.length) };
}

/** Day-by-day sum of several entities' daily costs (a rollup), with every day from `from` to `to`. */
export function sumDaily(series: DailyCost[][], from: string, to: string): DailyCost[] {
  const byDay = new Map<string, DailyCost>();
  for (let t = Date.parse(`${from}T00:00:00Z`); isoDay(t) <= to; t += DAY_MS) {
    byDay.set(isoDay(t), { date: isoDay(t), amounts: zeroAmounts() });
  }
  for (const days of series) {
    for (const d of days) {
      const day = byDay.get(d.date);
      if (day) day.amounts = addAmounts(day.amounts, d.amounts);
    }
  }
  return [...byDay.values()];
}
