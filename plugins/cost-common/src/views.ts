import { Budget, BudgetStatus } from './budgets';
import { CategoryAmounts } from './costs';
import { DailyCost } from './months';

/** When a source last delivered, and why its data is stale if it is. */
export interface SourceFreshness {
  source: string;
  lastSuccessAt?: number;
  lastAttemptAt?: number;
  lastError?: string;
  stale: boolean;
}

/** What the Cost tab shows. */
export interface CostEntityView {
  entityRef: string;
  scope: 'service' | 'system' | 'group';
  currency: string;
  /** The current month, YYYY-MM. */
  month: string;
  thisMonth: CategoryAmounts;
  lastMonth: CategoryAmounts;
  monthToDate: number;
  forecast: number;
  /** The last day with data. */
  lastDay?: string;
  monthOverMonth: { change?: number; significant: boolean; thresholdPercent: number };
  /** 90 days, oldest first. */
  daily: DailyCost[];
  budget?: Budget;
  budgetStatus?: BudgetStatus;
  canEditBudget: boolean;
  /** Components of the same type and lifecycle, on last month's cost. */
  peers?: { type: string; lifecycle: string; peers: number; median?: number; percentile?: number; value: number };
  /** The components whose costs are counted. */
  services: string[];
  sources: SourceFreshness[];
}

/** One line of a group's showback. */
export interface ShowbackRow {
  entityRef: string;
  title?: string;
  type?: string;
  lastMonth: number;
  monthToDate: number;
  forecast: number;
  thisMonth: CategoryAmounts;
  budgetStatus?: BudgetStatus['status'];
}

export interface Showback {
  entityRef: string;
  currency: string;
  month: string;
  rows: ShowbackRow[];
  total: { lastMonth: number; monthToDate: number; forecast: number };
}

/** Costs no entity claims, grouped by what they name. */
export interface UnallocatedCost {
  kind: string;
  key: string;
  lastMonth: number;
  monthToDate: number;
}
