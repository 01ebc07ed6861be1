import { ResponseError } from '@backstage/errors';
import { ReportId } from './bands';
import { WindowDays } from './summary';
import { DeploymentView, DoraEntityView, DoraOverview, DoraUnmapped } from './views';

export interface DoraApi {
  getEntityView(entityRef: string, window: WindowDays, report: ReportId): Promise<DoraEntityView>;
  getDeployments(entityRef: string, window: WindowDays): Promise<DeploymentView[]>;
  getOverview(window: WindowDays, report: ReportId): Promise<DoraOverview>;
  getUnmapped(): Promise<DoraUnmapped>;
}

/** The parts of Backstage's discovery and fetch APIs the client needs. */
export interface DoraClientOptions {
  discoveryApi: { getBaseUrl(pluginId: string): Promise<string> };
  fetchApi: { fetch: typeof fetch };
}

/** Typed client of the DORA backend; works in the browser and in Node. */
export class DoraClient implements DoraApi {
  constructor(private readonly options: DoraClientOptions) {}

  getEntityView(entityRef: string, window: WindowDays, report: ReportId) {
    return this.get<DoraEntityView>('/metrics', { entityRef, window: String(window), report });
  }

  getDeployments(entityRef: string, window: WindowDays) {
    return this.get<DeploymentView[]>('/deployments', { entityRef, window: String(window) });
  }

  getOverview(window: WindowDays, report: ReportId) {
    return this.get<DoraOverview>('/overview', { window: String(window), report });
  }

  getUnmapped() {
    return this.get<DoraUnmapped>('/unmapped', {});
  }

  private async get<T>(path: string, query: Record<string, string>): Promise<T> {
    const base = await this.options.discoveryApi.getBaseUrl('dora');
    const search = new URLSearchParams(query).toString();
    const response = await this.options.fetchApi.fetch(`${base}${path}${search ? `?${search}` : ''}`);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}
