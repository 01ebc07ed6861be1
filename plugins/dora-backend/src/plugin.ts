import { createOpenRouteLimiter } from '@internal/open-routes';
import { coreServices, createBackendPlugin } from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef, metricsServiceRef } from '@backstage/backend-plugin-api/alpha';
import { registerDoraActions } from './actions';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { claimsServiceRef, scheduleAfterStart } from '@internal/plugin-claims-node';
import { doraPermissions } from '@internal/plugin-dora-common';
import { DoraStore } from './database/DoraStore';
import { refreshServiceMap } from './catalog/serviceMap';
import { InboxProcessor, WEBHOOKS_ROUTE } from './ingest/InboxProcessor';
import { createGitHubReader } from './ingest/github';
import { readApiDeployment, readArgoCdDelivery } from './ingest/deployments';
import { readIncidentDelivery, readPagerDutyDelivery } from './ingest/incidents';
import { readDoraConfig } from './config';
import { DoraMetrics } from './service/DoraMetrics';
import { RollupScopes } from '@internal/plugin-catalog-scopes-node';
import { createWebhooks } from './webhooks';
import { createRouter } from './router';

/** DORA metrics from delivery events: webhooks, the REST API, and the metric views. */
export const doraPlugin = createBackendPlugin({
  pluginId: 'dora',
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
        claims: claimsServiceRef,
        rootLifecycle: coreServices.rootLifecycle,
        metrics: metricsServiceRef,
      },
      async init({
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
        actionsRegistry,
        claims,
        rootLifecycle,
        metrics,
      }) {
        const options = readDoraConfig(config);
        permissionsRegistry.addPermissions(doraPermissions);
        const store = await DoraStore.create(database);
        const processor = new InboxProcessor(
          store,
          {
            github: createGitHubReader(options.github),
            argocd: readArgoCdDelivery,
            incident: readIncidentDelivery,
            pagerduty: readPagerDutyDelivery,
            'api-deployment': readApiDeployment,
            'api-incident': readIncidentDelivery,
          },
          logger,
          metrics,
        );

        scheduleAfterStart(
          { rootLifecycle, scheduler },
          {
            id: 'dora-service-map',
            frequency: options.serviceMapRefresh,
            timeout: { minutes: 5 },
            fn: async () => {
              const count = await refreshServiceMap({
                catalog,
                auth,
                claims,
                store,
                defaultProductionEnvironment: options.productionEnvironment,
              });
              logger.debug(`DORA service map has ${count} entries`);
            },
          },
        );
        // Picks up deliveries a crash or a failed write left behind; new ones are read at once.
        await scheduler.scheduleTask({
          id: 'dora-inbox',
          frequency: options.inboxRetry,
          timeout: { minutes: 10 },
          scope: 'local',
          fn: async () => {
            await processor.run();
          },
        });

        const webhooks = createWebhooks(options.secrets);
        for (const webhook of webhooks) {
          // Each webhook checks its own signature or shared secret.
          httpRouter.addAuthPolicy({ path: webhook.path, allow: 'unauthenticated' });
        }
        const doraMetrics = new DoraMetrics({
          store,
          scopes: new RollupScopes(catalog),
          failureWindowMs: options.failureWindowMs,
          changeLookbackMs: options.changeLookbackMs,
        });
        registerDoraActions(actionsRegistry, doraMetrics);
        httpRouter.use(
          await createRouter({
            store,
            processor,
            metrics: doraMetrics,
            webhooks,
            httpAuth,
            permissions,
            maxBodyBytes: options.maxBodyBytes,
            webhookLimiter: await createOpenRouteLimiter({ route: WEBHOOKS_ROUTE, database, config, logger, metrics }),
          }),
        );
      },
    });
  },
});
