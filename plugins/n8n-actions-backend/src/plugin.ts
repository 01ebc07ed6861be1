import { createOpenRouteLimiter } from '@internal/open-routes';
import { coreServices, createBackendPlugin } from '@backstage/backend-plugin-api';
import { metricsServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { RollupScopes } from '@internal/plugin-catalog-scopes-node';
import { claimsServiceRef } from '@internal/plugin-claims-node';
import { readN8nActionsConfig } from './config';
import { RunStore } from './database/RunStore';
import { observeRunsByStatus } from './database/runMetrics';
import { N8nClient } from './n8n/N8nClient';
import { createRouter } from './router';
import { ActionService } from './service/ActionService';
import { registerRunPermissions } from './service/permissions';

/** Self-service actions backed by n8n workflows, with approvals and expiry. */
export const n8nActionsPlugin = createBackendPlugin({
  pluginId: 'n8n-actions',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        userInfo: coreServices.userInfo,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        auditor: coreServices.auditor,
        catalog: catalogServiceRef,
        notifications: notificationService,
        claims: claimsServiceRef,
        metrics: metricsServiceRef,
      },
      async init({
        config,
        logger,
        database,
        scheduler,
        httpRouter,
        httpAuth,
        userInfo,
        permissions,
        permissionsRegistry,
        auditor,
        catalog,
        notifications,
        claims,
        metrics,
      }) {
        const options = readN8nActionsConfig(config);
        const authorizeRuns = registerRunPermissions(permissions, permissionsRegistry);
        const store = await RunStore.create(database);
        observeRunsByStatus(
          metrics,
          store,
          options.actions.map(a => a.id),
        );
        const service = new ActionService({
          actions: options.actions,
          store,
          n8n: new N8nClient({ baseUrl: options.baseUrl, webhookHeader: options.webhookHeader, apiKey: options.apiKey, timeoutMs: options.triggerTimeoutMs }),
          catalog,
          scopes: new RollupScopes(catalog),
          notifications,
          logger,
          auditor,
          callbackUrl: options.callbackUrl,
          runTimeoutMs: options.runTimeoutMs,
          authorizeRuns,
          verifyEntity: entityRef => claims.entityVerified(entityRef),
        });
        logger.info(`${options.actions.length} self-service action(s): ${options.actions.map(a => a.id).join(', ')}`);

        // Expiry, overdue runs and runs a restart left uncalled: all read from the database.
        await scheduler.scheduleTask({
          id: 'n8n-actions-sweep',
          frequency: options.sweepInterval,
          timeout: { minutes: 5 },
          fn: () => service.sweep(),
        });
        httpRouter.addAuthPolicy({ path: '/callback', allow: 'unauthenticated' });
        const callbackLimiter = await createOpenRouteLimiter({ route: 'n8n-actions callback', database, config, logger, metrics });
        httpRouter.use(await createRouter({ service, httpAuth, userInfo, permissions, callbackSecret: options.callbackSecret, callbackLimiter }));
      },
    });
  },
});
