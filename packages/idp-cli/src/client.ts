import { ResponseError } from '@backstage/errors';

/** One scaffolder task event, as `GET /api/scaffolder/v2/tasks/:id/events` returns them. */
export interface TaskEvent {
  id: number;
  type: 'log' | 'completion' | 'cancelled' | 'recovered';
  body: {
    message?: string;
    stepId?: string;
    status?: string;
    output?: { links?: Array<{ title?: string; url?: string; entityRef?: string }>; text?: Array<{ title?: string; content?: string }> };
    error?: { name: string; message: string };
  };
}

export interface TemplateSummary {
  name: string;
  title?: string;
  type: string;
  description?: string;
}

export interface ParameterSchema {
  title: string;
  steps: Array<{ title: string; schema: { properties?: Record<string, { default?: unknown; type?: string }>; required?: string[] } }>;
}

/** A rejected request: the portal's own message, e.g. the fields a template refused. */
export class PortalError extends Error {}

/**
 * The portal's HTTP API, as the CLI needs it. Every call carries the caller's token and gives up
 * after `timeoutMs`, so a portal that does not answer ends the command instead of hanging it.
 */
export class PortalClient {
  constructor(private readonly options: { baseUrl: string; token?: string; timeoutMs?: number; fetch?: typeof fetch }) {}

  /** Signs in as the guest user: only portals that enable the guest provider (laptops) allow it. */
  static async asGuest(options: { baseUrl: string; timeoutMs?: number }) {
    const guest = new PortalClient(options);
    const res = await guest.request('/api/auth/guest/refresh', { headers: { 'X-Requested-With': 'XMLHttpRequest' } });
    const token = res?.backstageIdentity?.token;
    if (!token) throw new PortalError('The portal did not give a guest token');
    return new PortalClient({ ...options, token });
  }

  async templates(): Promise<TemplateSummary[]> {
    const res = await this.request(
      '/api/catalog/entities/by-query?filter=kind=template&fields=metadata.name,metadata.title,metadata.description,spec.type&limit=500',
    );
    return (res.items as any[])
      .map(e => ({ name: e.metadata.name, title: e.metadata.title, description: e.metadata.description, type: e.spec?.type }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  async parameterSchema(template: string): Promise<ParameterSchema> {
    return this.request(`/api/scaffolder/v2/templates/default/template/${encodeURIComponent(template)}/parameter-schema`);
  }

  async createTask(template: string, values: Record<string, unknown>): Promise<string> {
    const res = await this.request('/api/scaffolder/v2/tasks', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ templateRef: `template:default/${template}`, values }),
    });
    return res.id;
  }

  /** Events after `after`; the portal holds the request open until there are some (up to 30 s). */
  async taskEvents(taskId: string, after?: number): Promise<TaskEvent[]> {
    const query = after === undefined ? '' : `?after=${after}`;
    return this.request(`/api/scaffolder/v2/tasks/${encodeURIComponent(taskId)}/events${query}`, {}, 45_000);
  }

  private async request(path: string, init: RequestInit = {}, timeoutMs = this.options.timeoutMs ?? 15_000) {
    const headers = new Headers(init.headers);
    if (this.options.token) headers.set('Authorization', `Bearer ${this.options.token}`);
    const url = `${this.options.baseUrl.replace(/\/+$/, '')}${path}`;
    let res: Response;
    try {
      res = await (this.options.fetch ?? fetch)(url, { ...init, headers, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      const cause = (error as any).cause;
      const reason =
        (error as Error).name === 'TimeoutError'
          ? `no answer within ${timeoutMs / 1000} s`
          : String(cause?.code ?? cause?.errors?.[0]?.code ?? (error as Error).message);
      throw new PortalError(`Could not reach the portal at ${this.options.baseUrl}: ${reason}`);
    }
    if (res.ok) return res.json();
    if (res.status === 401) {
      throw new PortalError('The portal refused the credentials: set IDP_TOKEN to a portal token, or use --guest on a laptop portal');
    }
    const text = await res.clone().text();
    let body: any;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    // Template parameter errors come as a list of JSON-schema messages.
    if (Array.isArray(body?.errors)) {
      const lines = body.errors.map((e: any) => String(e.stack ?? e.message).replace(/^instance\.?\s*/, ''));
      throw new PortalError(`The template refused the values:\n  ${lines.join('\n  ')}`);
    }
    throw new PortalError((await ResponseError.fromResponse(res)).message);
  }
}
