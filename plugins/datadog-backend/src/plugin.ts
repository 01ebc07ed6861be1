import { coreServices, createBackendPlugin } from '@backstage/backend-plugin-api';
import { InputError, ServiceUnavailableError } from '@backstage/errors';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { ScopeResolver } from '@internal/plugin-catalog-scopes-node';
import { DATADOG_ANNOTATIONS, ServiceMonitoring } from '@internal/plugin-datadog-common';
import Router from 'express-promise-router';
import { DatadogApiClient } from './DatadogClient';

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
      },
      async init({ config, httpRouter, httpAuth, catalog }) {
        const dd = config.getOptionalConfig('datadog');
        const site = dd?.getOptionalString('site') ?? 'datadoghq.com';
        const client = dd
          ? new DatadogApiClient({
              apiUrl: dd.getOptionalString('apiUrl') ?? `https://api.${site}`,
              apiKey: dd.getString('apiKey'),
              appKey: dd.getString('appKey'),
              timeoutMs: dd.getOptionalNumber('timeoutMs') ?? 5000,
            })
          : undefined;
        const scopes = new ScopeResolver(catalog);
        const router = Router();
        router.get('/monitoring', async (req, res) => {
          const credentials = await httpAuth.credentials(req);
          if (typeof req.query.entityRef !== 'string') throw new InputError('entityRef is required');
          const { entity } = await scopes.resolve(req.query.entityRef, credentials);
          if (!client) throw new ServiceUnavailableError('Datadog is not configured (datadog.apiKey, datadog.appKey)');
          const service = entity.metadata.annotations?.[DATADOG_ANNOTATIONS.serviceName] ?? entity.metadata.name;
          const app = `https://app.${entity.metadata.annotations?.[DATADOG_ANNOTATIONS.site] ?? site}`;
          const [monitors, dashboards] = await Promise.all([
            client.searchMonitors(`tag:"service:${service}"`),
            client.listDashboards(),
          ]);
          const body: ServiceMonitoring = {
            service,
            monitors: monitors.monitors.map(m => ({ id: m.id, name: m.name, status: m.status, type: m.type, url: `${app}/monitors/${m.id}` })),
            dashboards: dashboards.dashboards
              .filter(d => d.title.toLocaleLowerCase('en-US').includes(service.toLocaleLowerCase('en-US')))
              .map(d => ({ title: d.title, url: `${app}${d.url}` })),
            links: {
              logs: `${app}/logs?${new URLSearchParams({ query: `service:${service}` })}`,
              apm: `${app}/apm/services/${encodeURIComponent(service)}`,
              monitors: `${app}/monitors/manage?${new URLSearchParams({ q: `service:${service}` })}`,
            },
          };
          res.json(body);
        });
        httpRouter.use(router);
      },
    });
  },
});
