import { ApiClientOptions, createApiClient, dataOf } from '@internal/api-client';
import { paths } from './schema/openapi.generated';
import { ActionResult, ApplicationAction, ApplicationTarget, EntityApplications, RollbackTarget } from './views';

export interface ArgoCdActionsApi {
  getApplications(entityRef: string): Promise<EntityApplications>;
  getActions(entityRef: string): Promise<ApplicationAction[]>;
  sync(target: ApplicationTarget): Promise<ActionResult>;
  rollback(target: RollbackTarget): Promise<ActionResult>;
}

export type ArgoCdClientOptions = ApiClientOptions;

/** Client of the portal's Argo CD API (entity views and actions), typed by its spec. */
export class ArgoCdActionsClient implements ArgoCdActionsApi {
  private readonly api;

  constructor(options: ArgoCdClientOptions) {
    this.api = createApiClient<paths>('argocd', options);
  }

  getApplications(entityRef: string) {
    return dataOf(this.api.get('/entity/applications', { params: { query: { entityRef } } }));
  }

  getActions(entityRef: string) {
    return dataOf(this.api.get('/entity/actions', { params: { query: { entityRef } } }));
  }

  sync(target: ApplicationTarget) {
    return dataOf(this.api.post('/entity/sync', { body: target }));
  }

  rollback(target: RollbackTarget) {
    return dataOf(this.api.post('/entity/rollback', { body: target }));
  }
}
