/**
 * Datadog in the portal: annotations, monitor views and the client, typed by the API's spec.
 *
 * @packageDocumentation
 */
import { ApiClientOptions, createApiClient, dataOf } from '@internal/api-client';
import { components, paths } from './schema/openapi.generated';

/** The annotations the Roadie Datadog plugin reads, plus the service name for monitors. */
export const DATADOG_ANNOTATIONS = {
  dashboardUrl: 'datadoghq.com/dashboard-url',
  graphToken: 'datadoghq.com/graph-token',
  serviceName: 'datadoghq.com/service-name',
  site: 'datadoghq.com/site',
} as const;

export type MonitorView = components['schemas']['MonitorView'];
export type DashboardLink = components['schemas']['DashboardLink'];
/** A service's monitors and where to look further in Datadog. */
export type ServiceMonitoring = components['schemas']['ServiceMonitoring'];

export interface DatadogApi {
  getMonitoring(entityRef: string): Promise<ServiceMonitoring>;
}

export class DatadogClient implements DatadogApi {
  private readonly api;

  constructor(options: ApiClientOptions) {
    this.api = createApiClient<paths>('datadog', options);
  }

  getMonitoring(entityRef: string) {
    return dataOf(this.api.get('/monitoring', { params: { query: { entityRef } } }));
  }
}
