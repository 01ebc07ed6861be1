import { ApiClientOptions, createApiClient, dataOf } from '@internal/api-client';
import { ResponseError } from '@backstage/errors';
import { components, paths } from './schema/openapi.generated';
import { ActionRun, AuditEntry } from './runs';

/**
 * The reason the self-service backend gave for refusing a request (e.g. "Invalid parameters:
 * reason: ..."), rather than only its status line.
 */
export function reasonOf(error: unknown): string {
  const body = (error as ResponseError | undefined)?.body as { error?: { message?: string } } | undefined;
  return body?.error?.message ?? (error as Error)?.message ?? String(error);
}

/** An action as offered on an entity, with whether the caller may run it. */
export type OfferedAction = components['schemas']['OfferedAction'];
/** A run as requested: the action, the entity, the form's values and an optional idempotency key. */
export type RunRequest = components['schemas']['RunRequest'];

export interface N8nActionsApi {
  getActions(entityRef: string): Promise<OfferedAction[]>;
  requestRun(request: RunRequest): Promise<ActionRun>;
  getRuns(entityRef: string): Promise<ActionRun[]>;
  getRun(id: string): Promise<{ run: ActionRun; audit: AuditEntry[] }>;
  getApprovals(): Promise<ActionRun[]>;
  decide(id: string, decision: 'approve' | 'reject', comment?: string): Promise<ActionRun>;
}

/** The parts of Backstage's discovery and fetch APIs the client needs. */
export type N8nActionsClientOptions = ApiClientOptions;

/** Client of the self-service API, typed by its spec; works in the browser and in Node. */
export class N8nActionsClient implements N8nActionsApi {
  private readonly api;

  constructor(options: N8nActionsClientOptions) {
    this.api = createApiClient<paths>('n8n-actions', options);
  }

  async getActions(entityRef: string) {
    return (await dataOf(this.api.get('/actions', { params: { query: { entityRef } } }))).actions;
  }

  requestRun(request: RunRequest) {
    return dataOf(this.api.post('/runs', { body: request }));
  }

  async getRuns(entityRef: string) {
    return (await dataOf(this.api.get('/runs', { params: { query: { entityRef } } }))).runs;
  }

  getRun(id: string) {
    return dataOf(this.api.get('/runs/{id}', { params: { path: { id } } }));
  }

  async getApprovals() {
    return (await dataOf(this.api.get('/approvals'))).runs;
  }

  decide(id: string, decision: 'approve' | 'reject', comment?: string) {
    const init = { params: { path: { id } }, body: { comment } };
    return dataOf(decision === 'approve' ? this.api.post('/runs/{id}/approve', init) : this.api.post('/runs/{id}/reject', init));
  }
}
