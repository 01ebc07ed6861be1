import { coreServices, createBackendPlugin } from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef, metricsServiceRef } from '@backstage/backend-plugin-api/alpha';
import { registerCostActions } from './actions';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { claimsServiceRef, scheduleAfterStart } from '@internal/plugin-claims-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { createConditionAuthorizer } from '@backstage/plugin-permission-node';
import { RollupScopes } from '@internal/plugin-catalog-scopes-node';
import { DAY_MS, costPermissions, isoDay } from '@internal/plugin-cost-common';
import { refreshDimensionMap } from './catalog/dimensionMap';
import { readCostConfig } from './config';
import { CostStore } from './database/CostStore';
import { Ingestor } from './service/Ingestor';
import { budgetResourceRef, isBudgetOwnerMember } from './permissions';
import { createRouter } from './router';
import { BudgetAlerts } from './service/BudgetAlerts';
import { CostViews } from './service/CostViews';
import { awsCostExplorerSource } from './sources/aws';
import { focusFileSource } from './sources/focus';
import { openCostSource } from './sources/opencost';
import { CostSource } from './sources/types';

/** Cost visibility: scheduled ingestion, attribution to catalog entities, budgets and alerts. */
export const costPlugin = createBackendPlugin({
  pluginId: 'cost',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        auth: coreServices.auth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        catalog: catalogServiceRef,
        actionsRegistry: actionsRegistryServiceRef,
        notifications: notificationService,
        claims: claimsServiceRef,
        rootLifecycle: coreServices.rootLifecycle,
        metrics: metricsServiceRef,
      },
      async init(deps) {
        const {
          config,
          logger,
          database,
          scheduler,
          httpRouter,
          httpAuth,
          auth,
          permissions,
          permissionsRegistry,
          catalog,
          notifications,
          actionsRegistry,
          claims,
          rootLifecycle,
          metrics,
        } = deps;
        const options = readCostConfig(config);
        permissionsRegistry.addPermissions(costPermissions.filter(p => p.type === 'basic'));
        permissionsRegistry.addResourceType({
          resourceRef: budgetResourceRef,
          permissions: costPermissions.filter(p => p.type === 'resource'),
          rules: [isBudgetOwnerMember],
        });
        const store = await CostStore.create(database);
        const scopes = new RollupScopes(catalog);
        const views = new CostViews({
          store,
          scopes,
          catalog,
          currency: options.currency,
          significantChangePercent: options.significantChangePercent,
          staleAfterMs: options.staleAfterMs,
        });
        registerCostActions(actionsRegistry, views);
        const alerts = new BudgetAlerts({ store, views, scopes, auth, notifications, logger, currency: options.currency });
        const ingestor = new Ingestor(store, logger, { retries: options.retries, backoffMs: options.backoffMs }, metrics);
        const focus = { tagKey: options.tagKey, maxDailyAmount: options.maxDailyAmount };

        const sources: CostSource[] = [
          ...(options.opencost ? [openCostSource({ ...options.opencost, maxDailyAmount: options.maxDailyAmount, timeoutMs: options.timeoutMs })] : []),
          ...(options.aws
            ? [awsCostExplorerSource({ ...options.aws, tagKey: options.tagKey, maxDailyAmount: options.maxDailyAmount, timeoutMs: options.timeoutMs })]
            : []),
          ...options.focusFiles.map(file => focusFileSource(file, focus)),
        ];

        scheduleAfterStart(
          { rootLifecycle, scheduler },
          {
            id: 'cost-dimension-map',
            frequency: options.dimensionMapRefresh,
            timeout: { minutes: 5 },
            fn: async () => {
              await refreshDimensionMap(claims, store);
            },
          },
        );
        for (const source of sources) {
          ingestor.runsOf(source.id);
          await scheduler.scheduleTask({
            id: `cost-ingest-${source.id}`,
            frequency: options.schedule,
            timeout: options.ingestTimeout,
            initialDelay: { seconds: 10 },
            fn: async () => {
              const status = (await store.sourceStatuses()).find(s => s.source === source.id);
              const days = status?.lastSuccessAt ? options.refreshDays : options.backfillDays;
              const now = Date.now();
              await ingestor.run(source, isoDay(now - (days - 1) * DAY_MS), isoDay(now));
              await alerts.evaluate();
            },
          });
        }

        const authorizer = createConditionAuthorizer(permissionsRegistry.getPermissionRuleset(budgetResourceRef));
        httpRouter.use(
          await createRouter({
            store,
            views,
            scopes,
            alerts,
            ingestor,
            focus,
            priceTable: options.priceTable,
            httpAuth,
            permissions,
            isAllowedFor: (decision, resource) => authorizer(decision, resource),
            maxUploadBytes: options.maxUploadBytes,
          }),
        );
      },
    });
  },
});
