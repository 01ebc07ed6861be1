import { CatalogClient } from '@backstage/catalog-client';
import { ResponseError } from '@backstage/errors';
import { LogEvent, ScaffolderTaskOutput, TemplateParameterSchema } from '@backstage/plugin-scaffolder-common';

/**
 * One scaffolder task event as the long-polling route returns them: Backstage's LogEvent, with
 * the completion's output or error, which LogEvent does not declare.
 */
export type TaskEvent = Omit<LogEvent, 'body'> & {
  body: Partial<LogEvent['body']> & { output?: ScaffolderTaskOutput; error?: { name: string; message: string } };
};

export interface TemplateSummary {
  name: string;
  title?: string;
  type: string;
  description?: string;
}

export type ParameterSchema = TemplateParameterSchema;

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

  /** Backstage's own catalog client, over the CLI's bounded, authenticated fetch. */
  private readonly catalog = new CatalogClient({
    discoveryApi: { getBaseUrl: async pluginId => `${this.options.baseUrl.replace(/\/+$/, '')}/api/${pluginId}` },
    fetchApi: { fetch: (input, init) => this.send(String(input), init) },
  });

  async templates(): Promise<TemplateSummary[]> {
    const { items } = await this.catalog
      .getEntities({ filter: { kind: 'template' }, fields: ['metadata.name', 'metadata.title', 'metadata.description', 'spec.type'] })
      .catch(error => {
        throw error instanceof PortalError ? error : new PortalError((error as Error).message);
      });
    return items
      .map(e => ({ name: e.metadata.name, title: e.metadata.title, description: e.metadata.description, type: String(e.spec?.type ?? '') }))
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

  private async request(path: string, init: RequestInit = {}, timeoutMs?: number) {
    const res = await this.send(`${this.options.baseUrl.replace(/\/+$/, '')}${path}`, init, timeoutMs);
    if (res.ok) return res.json();
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

  /** One authenticated call, bounded in time; a portal away or refusing the token is a PortalError. */
  private async send(url: string, init: RequestInit = {}, timeoutMs = this.options.timeoutMs ?? 15_000): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.options.token) headers.set('Authorization', `Bearer ${this.options.token}`);
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
    if (res.status === 401) {
      throw new PortalError('The portal refused the credentials: set IDP_TOKEN to a portal token, or use --guest on a laptop portal');
    }
    return res;
  }
}
