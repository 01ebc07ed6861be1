import { coreServices, createBackendPlugin } from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { claimsServiceRef } from '@internal/plugin-claims-node';
import { RollupScopes } from '@internal/plugin-catalog-scopes-node';
import { DatadogApiClient } from './clients/DatadogClient';
import { readDatadogConfig } from './config';
import { createRouter } from './router';
import { MonitoringService } from './service/MonitoringService';

/** Datadog monitors and dashboards of a service, through the portal's keys. */
export const datadogPlugin = createBackendPlugin({
  pluginId: 'datadog',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        catalog: catalogServiceRef,
        claims: claimsServiceRef,
      },
      async init({ config, httpRouter, httpAuth, catalog, claims }) {
        const datadog = readDatadogConfig(config);
        const monitoring = new MonitoringService({
          datadog: datadog && { client: new DatadogApiClient(datadog), site: datadog.site },
          scopes: new RollupScopes(catalog),
          claims,
        });
        httpRouter.use(await createRouter({ monitoring, httpAuth }));
      },
    });
  },
});
