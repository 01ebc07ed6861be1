import { coreServices, createBackendPlugin } from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { claimsPermissions } from '@internal/plugin-claims-common';
import { readClaimsConfig } from './config';
import { DatabaseClaimStore } from './database/ClaimStore';
import { createRouter } from './router';
import { ClaimIndex } from './service/ClaimIndex';
import { ClaimsService } from './service/ClaimsService';

/** Claims of outside resources: which are verified, conflicts, and admins' approvals. */
export const claimsPlugin = createBackendPlugin({
  pluginId: 'claims',
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
        auditor: coreServices.auditor,
        catalog: catalogServiceRef,
      },
      async init({ config, logger, database, scheduler, httpRouter, httpAuth, auth, permissions, permissionsRegistry, auditor, catalog }) {
        const options = readClaimsConfig(config);
        permissionsRegistry.addPermissions(claimsPermissions);
        const store = await DatabaseClaimStore.create(database);
        const index = new ClaimIndex({ catalog, auth, store, rules: options.rules });
        // Each replica reads the catalog's claims for itself (scope: local).
        await scheduler.scheduleTask({
          id: 'claims-index',
          frequency: options.refresh,
          timeout: { minutes: 5 },
          scope: 'local',
          fn: async () => {
            logger.debug(`Claims of ${await index.refresh()} entities read`);
          },
        });
        httpRouter.use(await createRouter({ service: new ClaimsService({ index, store, catalog }), store, catalog, httpAuth, permissions, auditor }));
      },
    });
  },
});
