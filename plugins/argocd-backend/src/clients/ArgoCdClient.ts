export interface ArgoCdInstance {
  name: string;
  url: string;
  token?: string;
}

/** An error Argo CD answered with (or a timeout), with its message and the application's page. */
export class ArgoCdError extends Error {
  constructor(message: string, readonly status: number, readonly appUrl?: string) {
    super(message);
    this.name = 'ArgoCdError';
  }
}

/** The parts of an Argo CD Application the portal reads. */
export interface ArgoApplication {
  metadata: { name: string; namespace: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  spec?: { syncPolicy?: { automated?: unknown }; source?: { repoURL?: string }; sources?: Array<{ repoURL?: string }> };
  status: {
    sync: { status: string; revision?: string };
    health: { status: string };
    operationState?: { startedAt: string; finishedAt?: string; phase?: string; message?: string };
    history?: Array<{ id: number; revision: string; deployedAt?: string; deployStartedAt?: string }>;
    reconciledAt?: string;
  };
}

/** Argo CD's REST API (`/api/v1`) for one instance, with a bounded wait on every call. */
export class ArgoCdClient {
  constructor(readonly instance: ArgoCdInstance, private readonly timeoutMs: number) {}

  appUrl(name: string) {
    return `${this.instance.url.replace(/\/$/, '')}/applications/${encodeURIComponent(name)}`;
  }

  listApplications(query: { name?: string; selector?: string }) {
    const params = new URLSearchParams();
    if (query.name) params.set('name', query.name);
    if (query.selector) params.set('selector', query.selector);
    return this.call<{ items: ArgoApplication[] | null }>('GET', `/api/v1/applications?${params}`);
  }

  getApplication(name: string) {
    return this.call<ArgoApplication>('GET', `/api/v1/applications/${encodeURIComponent(name)}`, undefined, name);
  }

  resourceTree(name: string) {
    return this.call<unknown>('GET', `/api/v1/applications/${encodeURIComponent(name)}/resource-tree`, undefined, name);
  }

  revisionMetadata(name: string, revision: string) {
    return this.call<unknown>('GET', `/api/v1/applications/${encodeURIComponent(name)}/revisions/${encodeURIComponent(revision)}/metadata`, undefined, name);
  }

  sync(name: string) {
    return this.call<ArgoApplication>('POST', `/api/v1/applications/${encodeURIComponent(name)}/sync`, { name, prune: false }, name);
  }

  rollback(name: string, id: number) {
    return this.call<ArgoApplication>('POST', `/api/v1/applications/${encodeURIComponent(name)}/rollback`, { name, id, prune: false }, name);
  }

  /** Turns automated sync off, so Argo CD does not undo a rollback. */
  disableAutoSync(name: string) {
    return this.call<ArgoApplication>(
      'PATCH',
      `/api/v1/applications/${encodeURIComponent(name)}`,
      { name, patchType: 'merge', patch: JSON.stringify({ spec: { syncPolicy: { automated: null } } }) },
      name,
    );
  }

  private async call<T>(method: string, path: string, body?: object, app?: string): Promise<T> {
    let response: Response;
    try {
      response = await fetch(`${this.instance.url.replace(/\/$/, '')}${path}`, {
        method,
        headers: {
          ...(this.instance.token ? { authorization: `Bearer ${this.instance.token}` } : {}),
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      const timedOut = (error as Error).name === 'TimeoutError';
      throw new ArgoCdError(
        timedOut
          ? `Argo CD ${this.instance.name} did not answer within ${this.timeoutMs / 1000} s`
          : `Argo CD ${this.instance.name} cannot be reached: ${(error as Error).message}`,
        timedOut ? 504 : 502,
        app && this.appUrl(app),
      );
    }
    if (!response.ok) {
      // Argo CD answers errors as { error, message, code }.
      const text = await response.text();
      let message = text.slice(0, 300) || response.statusText;
      try {
        message = JSON.parse(text).message ?? message;
      } catch {
        // not JSON: keep the text
      }
      throw new ArgoCdError(`Argo CD ${this.instance.name} answered ${response.status}: ${message}`, response.status, app && this.appUrl(app));
    }
    return (await response.json()) as T;
  }
}
