import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { RollupScopes, ownersOf } from '@internal/plugin-catalog-scopes-node';
import { DAY_MS, budgetStatus, forecastMonth, isoDay } from '@internal/plugin-cost-common';
import { CostStore } from '../database/CostStore';
import { CostViews } from './CostViews';

/**
 * Sends the owners of an entity one notification per budget threshold and month, when its
 * month-to-date spend or its forecast reaches the threshold.
 */
export class BudgetAlerts {
  constructor(
    private readonly options: {
      store: CostStore;
      views: CostViews;
      scopes: RollupScopes;
      auth: AuthService;
      notifications: NotificationService;
      logger: LoggerService;
      currency: string;
      now?: () => number;
    },
  ) {}

  /** Checks every budget, or the one of `entityRef`; resolves to the number of alerts sent. */
  async evaluate(entityRef?: string): Promise<number> {
    const { store, scopes, auth, views, notifications, logger } = this.options;
    const now = (this.options.now ?? Date.now)();
    const today = isoDay(now);
    const month = today.slice(0, 7);
    const credentials = await auth.getOwnServiceCredentials();
    const budgets = (await store.listBudgets()).filter(b => !entityRef || b.entityRef === entityRef);
    let sent = 0;
    for (const budget of budgets) {
      try {
        const scope = await scopes.resolve(budget.entityRef, credentials);
        const { reported } = await views.dailyOf(scope, isoDay(now - 40 * DAY_MS), today);
        const { monthToDate, forecast } = forecastMonth(reported, month);
        const status = budgetStatus(budget, monthToDate, forecast);
        for (const crossing of status.crossed) {
          if (!(await store.claimAlert(budget.entityRef, month, crossing.threshold))) continue;
          const { kind, namespace, name } = parseEntityRef(budget.entityRef);
          const money = (n: number) => `${n.toFixed(2)} ${this.options.currency}`;
          const what = crossing.basis === 'actual' ? `has spent ${money(monthToDate)}` : `is forecast to spend ${money(forecast)}`;
          try {
            await notifications.send({
              recipients: { type: 'entity', entityRef: ownersOf(scope.entity) },
              payload: {
                title: `${name} reached ${Math.round(crossing.threshold * 100)}% of its ${month} budget`,
                description: `${budget.entityRef} ${what} this month against a budget of ${money(budget.monthlyAmount)}.`,
                link: `/catalog/${namespace}/${kind.toLocaleLowerCase('en-US')}/${name}/cost`,
                severity: crossing.threshold >= 1 ? 'high' : 'normal',
                topic: 'cost-budget',
                scope: `cost-budget:${budget.entityRef}:${month}:${crossing.threshold}`,
              },
            });
            sent += 1;
          } catch (error) {
            // Not sent: the next evaluation tries again.
            await store.releaseAlert(budget.entityRef, month, crossing.threshold);
            throw error;
          }
        }
      } catch (error) {
        logger.warn(`Budget alert for ${budget.entityRef} failed: ${error}`);
      }
    }
    return sent;
  }
}
