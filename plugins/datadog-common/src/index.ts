/**
 * Datadog in the portal: annotations, monitor views and the typed client.
 *
 * @packageDocumentation
 */
import { ResponseError } from '@backstage/errors';
import { EntityClaim } from '@internal/plugin-claims-common';

/** The annotations the Roadie Datadog plugin reads, plus the service name for monitors. */
export const DATADOG_ANNOTATIONS = {
  dashboardUrl: 'datadoghq.com/dashboard-url',
  graphToken: 'datadoghq.com/graph-token',
  serviceName: 'datadoghq.com/service-name',
  site: 'datadoghq.com/site',
} as const;

export interface MonitorView {
  id: number;
  name: string;
  status: string;
  type: string;
  url: string;
}

export interface DashboardLink {
  title: string;
  url: string;
}

/** A service's monitors and where to look further in Datadog. */
export interface ServiceMonitoring {
  service: string;
  /** The entity's claim on the service: its monitors and dashboards are shown only when it is verified. */
  claim: Pick<EntityClaim, 'kind' | 'value' | 'status' | 'reason' | 'howToVerify'>;
  monitors: MonitorView[];
  dashboards: DashboardLink[];
  links: { logs: string; apm: string; monitors: string };
}

export interface DatadogApi {
  getMonitoring(entityRef: string): Promise<ServiceMonitoring>;
}

export class DatadogClient implements DatadogApi {
  constructor(
    private readonly options: {
      discoveryApi: { getBaseUrl(pluginId: string): Promise<string> };
      fetchApi: { fetch: typeof fetch };
    },
  ) {}

  async getMonitoring(entityRef: string): Promise<ServiceMonitoring> {
    const base = await this.options.discoveryApi.getBaseUrl('datadog');
    const response = await this.options.fetchApi.fetch(`${base}/monitoring?${new URLSearchParams({ entityRef })}`);
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return response.json();
  }
}
