/** A monthly budget of an entity or group, with the shares of it that raise an alert. */
export interface Budget {
  entityRef: string;
  monthlyAmount: number;
  /** Shares of the budget, e.g. [0.8, 1]: an alert when actual or forecast spend reaches one. */
  thresholds: number[];
  updatedBy?: string;
  updatedAt?: string;
}

export const DEFAULT_THRESHOLDS = [0.8, 1];

export interface BudgetCrossing {
  threshold: number;
  /** `actual` when month-to-date spend reached it, `forecast` when only the forecast does. */
  basis: 'actual' | 'forecast';
}

export interface BudgetStatus {
  status: 'ok' | 'at-risk' | 'over';
  /** Month-to-date spend as a share of the budget. */
  used: number;
  crossed: BudgetCrossing[];
}

/** Over when month to date reaches the budget, at risk when a threshold is reached by either. */
export function budgetStatus(budget: Budget, monthToDate: number, forecast: number): BudgetStatus {
  const crossed: BudgetCrossing[] = [];
  for (const threshold of [...budget.thresholds].sort((a, b) => a - b)) {
    const limit = budget.monthlyAmount * threshold;
    if (monthToDate >= limit) crossed.push({ threshold, basis: 'actual' });
    else if (forecast >= limit) crossed.push({ threshold, basis: 'forecast' });
  }
  const used = budget.monthlyAmount > 0 ? monthToDate / budget.monthlyAmount : 0;
  let status: BudgetStatus['status'] = 'ok';
  if (monthToDate >= budget.monthlyAmount) status = 'over';
  else if (crossed.length > 0) status = 'at-risk';
  return { status, used, crossed };
}
