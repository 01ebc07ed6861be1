import { ResponseError } from '@backstage/errors';
import { ActionResult, ApplicationAction, EntityApplications } from './views';

export interface ApplicationTarget {
  entityRef: string;
  instance: string;
  application: string;
  /** For production: the application's name, typed by the person to confirm. */
  confirm?: string;
}

export interface ArgoCdActionsApi {
  getApplications(entityRef: string): Promise<EntityApplications>;
  getActions(entityRef: string): Promise<ApplicationAction[]>;
  sync(target: ApplicationTarget): Promise<ActionResult>;
  rollback(target: ApplicationTarget & { historyId: number }): Promise<ActionResult>;
}

export interface ArgoCdClientOptions {
  discoveryApi: { getBaseUrl(pluginId: string): Promise<string> };
  fetchApi: { fetch: typeof fetch };
}

/** Typed client of the portal's Argo CD backend (entity views and actions). */
export class ArgoCdActionsClient implements ArgoCdActionsApi {
  constructor(private readonly options: ArgoCdClientOptions) {}

  getApplications(entityRef: string) {
    return this.request<EntityApplications>(`/entity/applications?${new URLSearchParams({ entityRef })}`);
  }

  getActions(entityRef: string) {
    return this.request<ApplicationAction[]>(`/entity/actions?${new URLSearchParams({ entityRef })}`);
  }

  sync(target: ApplicationTarget) {
    return this.post('/entity/sync', target);
  }

  rollback(target: ApplicationTarget & { historyId: number }) {
    return this.post('/entity/rollback', target);
  }

  private post(path: string, body: object) {
    return this.request<ActionResult>(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  }

  private async request<T>(path: string, init?: RequestInit): Promise<T> {
    const base = await this.options.discoveryApi.getBaseUrl('argocd');
    const response = await this.options.fetchApi.fetch(`${base}${path}`, init);
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return (await response.json()) as T;
  }
}
