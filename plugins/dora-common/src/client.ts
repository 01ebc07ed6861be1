import { ApiClientOptions, createApiClient, dataOf } from '@internal/api-client';
import { ReportId } from './bands';
import { paths } from './schema/openapi.generated';
import { WindowDays } from './summary';
import { DeploymentEventBody, DeploymentView, DoraEntityView, DoraOverview, DoraUnmapped, IncidentEventBody } from './views';

export interface DoraApi {
  getEntityView(entityRef: string, window: WindowDays, report: ReportId): Promise<DoraEntityView>;
  getDeployments(entityRef: string, window: WindowDays): Promise<DeploymentView[]>;
  getOverview(window: WindowDays, report: ReportId): Promise<DoraOverview>;
  getUnmapped(): Promise<DoraUnmapped>;
}

/** The parts of Backstage's discovery and fetch APIs the client needs. */
export type DoraClientOptions = ApiClientOptions;

/** Client of the DORA API, typed by its spec; works in the browser and in Node. */
export class DoraClient implements DoraApi {
  private readonly api;

  constructor(options: DoraClientOptions) {
    this.api = createApiClient<paths>('dora', options);
  }

  getEntityView(entityRef: string, window: WindowDays, report: ReportId) {
    return dataOf(this.api.get('/metrics', { params: { query: { entityRef, window, report } } }));
  }

  getDeployments(entityRef: string, window: WindowDays) {
    return dataOf(this.api.get('/deployments', { params: { query: { entityRef, window } } }));
  }

  getOverview(window: WindowDays, report: ReportId) {
    return dataOf(this.api.get('/overview', { params: { query: { window, report } } }));
  }

  getUnmapped() {
    return dataOf(this.api.get('/unmapped'));
  }

  /** Which of the components have production deployments recorded (service tokens only). */
  async getCoverage(entityRefs: string[]): Promise<string[]> {
    return (await dataOf(this.api.post('/coverage', { body: { entityRefs } }))).tracked;
  }

  /** Records a deployment (permission `dora.event.create`). */
  postDeployment(body: DeploymentEventBody) {
    return dataOf(this.api.post('/events/deployments', { body }));
  }

  /** Records an incident opened or resolved (permission `dora.event.create`). */
  postIncident(body: IncidentEventBody) {
    return dataOf(this.api.post('/events/incidents', { body }));
  }
}
