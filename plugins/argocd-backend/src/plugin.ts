import { coreServices, createBackendPlugin } from '@backstage/backend-plugin-api';
import { metricsServiceRef } from '@backstage/backend-plugin-api/alpha';
import { ingestionRuns } from '@internal/portal-metrics';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { claimsServiceRef, scheduleAfterStart } from '@internal/plugin-claims-node';
import { createConditionAuthorizer } from '@backstage/plugin-permission-node';
import { argocdPermissions } from '@internal/plugin-argocd-common';
import { RollupScopes } from '@internal/plugin-catalog-scopes-node';
import { ActionLog } from './database/ActionLog';
import { Applications } from './service/Applications';
import { ArgoCdClient } from './clients/ArgoCdClient';
import { readArgoCdConfig } from './config';
import { applicationResourceRef, isApplicationOwnerMember, isProductionApplication } from './permissions';
import { createRouter } from './router';

/** Argo CD: the Roadie frontend's read API, and owner-only sync and rollback with an action log. */
export const argocdPlugin = createBackendPlugin({
  pluginId: 'argocd',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        database: coreServices.database,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        catalog: catalogServiceRef,
        claims: claimsServiceRef,
        scheduler: coreServices.scheduler,
        rootLifecycle: coreServices.rootLifecycle,
        metrics: metricsServiceRef,
      },
      async init({ config, logger, database, httpRouter, httpAuth, permissions, permissionsRegistry, catalog, claims, scheduler, rootLifecycle, metrics }) {
        const options = readArgoCdConfig(config);
        permissionsRegistry.addResourceType({
          resourceRef: applicationResourceRef,
          permissions: argocdPermissions,
          rules: [isApplicationOwnerMember, isProductionApplication],
        });
        const authorizer = createConditionAuthorizer(permissionsRegistry.getPermissionRuleset(applicationResourceRef));
        const applications = new Applications(
          options.instances.map(i => new ArgoCdClient(i, options.timeoutMs)),
          options,
        );
        // What every application says of itself (the entity it names, where it deploys from, its
        // labels), so claims by selector and conflicts are settled without anyone opening a tab.
        const runs = ingestionRuns(metrics, 'argocd:applications');
        scheduleAfterStart(
          { rootLifecycle, scheduler },
          {
            id: 'argocd-claim-facts',
            frequency: options.factsRefresh,
            timeout: { minutes: 5 },
            fn: async () => {
              try {
                await claims.putFacts('argocd-app', await applications.allFacts());
                runs.add('succeeded');
              } catch (error) {
                runs.add('failed');
                throw error;
              }
            },
          },
        );
        httpRouter.use(
          await createRouter({
            applications,
            claims,
            catalog,
            actions: await ActionLog.create(database),
            scopes: new RollupScopes(catalog),
            httpAuth,
            permissions,
            isAllowedFor: (decision, resource) => authorizer(decision, resource),
            logger,
          }),
        );
      },
    });
  },
});
