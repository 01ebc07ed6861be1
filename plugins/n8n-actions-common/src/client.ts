import { ResponseError } from '@backstage/errors';
import { ActionDefinition } from './actions';
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
export interface OfferedAction extends Pick<ActionDefinition, 'id' | 'title' | 'description' | 'parameters' | 'approval' | 'production' | 'timeToLive'> {
  canRun: boolean;
  /** Why the caller may not run it. */
  reason?: string;
}

export interface N8nActionsApi {
  getActions(entityRef: string): Promise<OfferedAction[]>;
  requestRun(request: { actionId: string; entityRef: string; parameters: Record<string, unknown>; requestKey?: string }): Promise<ActionRun>;
  getRuns(entityRef: string): Promise<ActionRun[]>;
  getRun(id: string): Promise<{ run: ActionRun; audit: AuditEntry[] }>;
  getApprovals(): Promise<ActionRun[]>;
  decide(id: string, decision: 'approve' | 'reject', comment?: string): Promise<ActionRun>;
}

/** The parts of Backstage's discovery and fetch APIs the client needs. */
export interface N8nActionsClientOptions {
  discoveryApi: { getBaseUrl(pluginId: string): Promise<string> };
  fetchApi: { fetch: typeof fetch };
}

/** Typed client of the self-service actions backend; works in the browser and in Node. */
export class N8nActionsClient implements N8nActionsApi {
  constructor(private readonly options: N8nActionsClientOptions) {}

  async getActions(entityRef: string) {
    return (await this.call<{ actions: OfferedAction[] }>('GET', `/actions?${new URLSearchParams({ entityRef })}`)).actions;
  }

  requestRun(request: { actionId: string; entityRef: string; parameters: Record<string, unknown>; requestKey?: string }) {
    return this.call<ActionRun>('POST', '/runs', request);
  }

  async getRuns(entityRef: string) {
    return (await this.call<{ runs: ActionRun[] }>('GET', `/runs?${new URLSearchParams({ entityRef })}`)).runs;
  }

  getRun(id: string) {
    return this.call<{ run: ActionRun; audit: AuditEntry[] }>('GET', `/runs/${encodeURIComponent(id)}`);
  }

  async getApprovals() {
    return (await this.call<{ runs: ActionRun[] }>('GET', '/approvals')).runs;
  }

  decide(id: string, decision: 'approve' | 'reject', comment?: string) {
    return this.call<ActionRun>('POST', `/runs/${encodeURIComponent(id)}/${decision}`, { comment });
  }

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const base = await this.options.discoveryApi.getBaseUrl('n8n-actions');
    const response = await this.options.fetchApi.fetch(`${base}${path}`, {
      method,
      headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return (await response.json()) as T;
  }
}
