import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { ServiceUnavailableError } from '@backstage/errors';
import { RollupScopes } from '@internal/plugin-catalog-scopes-node';
import { EntityClaim } from '@internal/plugin-claims-common';
import { ClaimsServiceApi } from '@internal/plugin-claims-node';
import { DATADOG_ANNOTATIONS, ServiceMonitoring } from '@internal/plugin-datadog-common';
import { DatadogApiClient } from '../clients/DatadogClient';

/** A service's monitors, dashboards and links in Datadog, read only for a verified claim. */
export class MonitoringService {
  constructor(
    private readonly options: {
      /** Absent when `datadog` is not configured. */
      datadog?: { client: DatadogApiClient; site: string };
      scopes: RollupScopes;
      claims: ClaimsServiceApi;
    },
  ) {}

  async forEntity(entityRef: string, credentials: BackstageCredentials): Promise<ServiceMonitoring> {
    const { datadog, scopes, claims } = this.options;
    const { entity } = await scopes.resolve(entityRef, credentials);
    if (!datadog) throw new ServiceUnavailableError('Datadog is not configured (datadog.apiKey, datadog.appKey)');
    const { client, site } = datadog;
    const service = entity.metadata.annotations?.[DATADOG_ANNOTATIONS.serviceName] ?? entity.metadata.name;
    const app = `https://app.${entity.metadata.annotations?.[DATADOG_ANNOTATIONS.site] ?? site}`;
    // A service name is the entity's claim: the portal's keys read it only for a verified one.
    const found = (await claims.resolve({ kind: 'datadog-service', entityRef: stringifyEntityRef(entity) })).find(c => c.value === service);
    const claim: Pick<EntityClaim, 'value' | 'status' | 'reason' | 'howToVerify'> = found ?? {
      value: service,
      status: 'unverified',
      reason: 'the claim could not be checked',
    };
    const verified = claim.status === 'verified';
    const [monitors, dashboards] = verified
      ? await Promise.all([client.searchMonitors(`tag:"service:${service}"`), client.listDashboards()])
      : [{ monitors: [] }, { dashboards: [] }];
    return {
      service,
      claim: { kind: 'datadog-service', value: claim.value, status: claim.status, reason: claim.reason, howToVerify: claim.howToVerify },
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
  }
}
