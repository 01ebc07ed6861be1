import { coreServices, createBackendPlugin } from '@backstage/backend-plugin-api';
import { InputError, ServiceUnavailableError } from '@backstage/errors';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { EntityClaim } from '@internal/plugin-claims-common';
import { claimsServiceRef } from '@internal/plugin-claims-node';
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
        claims: claimsServiceRef,
      },
      async init({ config, httpRouter, httpAuth, catalog, claims }) {
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
          // A service name is the entity's claim: the portal's keys read it only for a verified one.
          const found = (await claims.resolve({ kind: 'datadog-service', entityRef: stringifyEntityRef(entity) })).find(c => c.value === service);
          const claim: Pick<EntityClaim, 'kind' | 'value' | 'status' | 'reason' | 'howToVerify'> = found ?? {
            kind: 'datadog-service',
            value: service,
            status: 'unverified',
            reason: 'the claim could not be checked',
          };
          const verified = claim.status === 'verified';
          const [monitors, dashboards] = verified
            ? await Promise.all([client.searchMonitors(`tag:"service:${service}"`), client.listDashboards()])
            : [{ monitors: [] }, { dashboards: [] }];
          const body: ServiceMonitoring = {
            service,
            claim: { kind: claim.kind, value: claim.value, status: claim.status, reason: claim.reason, howToVerify: claim.howToVerify },
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
