/**
 * The one client of the portal's own APIs.
 *
 * Each plugin's `-common` package holds the types generated from its backend's
 * `src/schema/openapi.yaml`; this binds them to openapi-fetch, Backstage's discovery and fetch,
 * so a path, a parameter or a body the spec does not have is a type error, and an error answer
 * is a `ResponseError` carrying the backend's message.
 *
 * @packageDocumentation
 */
import { ResponseError } from '@backstage/errors';
import createClient, { Client } from 'openapi-fetch';

/** The parts of Backstage's discovery and fetch APIs the client needs, in the browser or in Node. */
export interface ApiClientOptions {
  discoveryApi: { getBaseUrl(pluginId: string): Promise<string> };
  fetchApi: { fetch: typeof fetch };
}

type Fetcher<Paths extends {}> = Client<Paths, 'application/json'>;

/** A typed client of one plugin's API: one method per HTTP verb, typed by the spec's paths. */
export interface ApiClient<Paths extends {}> {
  get: Fetcher<Paths>['GET'];
  post: Fetcher<Paths>['POST'];
  put: Fetcher<Paths>['PUT'];
  patch: Fetcher<Paths>['PATCH'];
  delete: Fetcher<Paths>['DELETE'];
}

// openapi-fetch builds absolute URLs from a fixed base; the real one comes from discovery per call.
const UNRESOLVED_BASE = 'http://plugin.invalid';

/** Backstage's `ResponseError`, its message the backend's own reason when it gave one. */
async function failure(response: Response): Promise<ResponseError> {
  const error = await ResponseError.fromResponse(response);
  const reason = (error.body as { error?: { message?: string } } | undefined)?.error?.message;
  if (reason) error.message = reason;
  return error;
}

/**
 * The typed client of a plugin's API, e.g. `createApiClient<paths>('argocd', options)`.
 * Answers other than 2xx reject with a `ResponseError`, so `data` is the success body.
 */
export function createApiClient<Paths extends {}>(pluginId: string, options: ApiClientOptions): ApiClient<Paths> {
  const client = createClient<Paths, 'application/json'>({
    baseUrl: UNRESOLVED_BASE,
    fetch: async (request: Request) => {
      const base = await options.discoveryApi.getBaseUrl(pluginId);
      const body = request.body ? await request.text() : undefined;
      const response = await options.fetchApi.fetch(`${base}${request.url.slice(UNRESOLVED_BASE.length)}`, {
        method: request.method,
        headers: request.headers,
        body,
        signal: request.signal,
      });
      if (!response.ok) throw await failure(response);
      return response;
    },
  });
  return {
    get: client.GET.bind(client),
    post: client.POST.bind(client),
    put: client.PUT.bind(client),
    patch: client.PATCH.bind(client),
    delete: client.DELETE.bind(client),
  };
}

/** The success body of a call of an `ApiClient` (which rejects on any other answer). */
export async function dataOf<T>(call: Promise<{ data?: T }>): Promise<T> {
  const { data } = await call;
  return data as T;
}

/**
 * A fetch that sends a bearer token got per call, bounded in time: for callers outside the
 * browser (backend plugins with a plugin request token, the CLI with its own).
 */
export function tokenFetchApi(token: () => Promise<string>, timeoutMs = 10_000): ApiClientOptions['fetchApi'] {
  return {
    fetch: async (input, init) => {
      const headers = new Headers(init?.headers);
      headers.set('authorization', `Bearer ${await token()}`);
      const signal = init?.signal ? AbortSignal.any([init.signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs);
      return fetch(input, { ...init, headers, signal });
    },
  };
}

/** The parts of Backstage's auth service a backend plugin calling another one needs. */
export interface PluginTokenSource<Credentials> {
  getOwnServiceCredentials(): Promise<Credentials>;
  getPluginRequestToken(options: { onBehalfOf: Credentials; targetPluginId: string }): Promise<{ token: string }>;
}

/** A fetch with the calling plugin's own service token for the target plugin, bounded in time. */
export function serviceFetchApi<Credentials>(auth: PluginTokenSource<Credentials>, targetPluginId: string, timeoutMs?: number) {
  return tokenFetchApi(async () => (await auth.getPluginRequestToken({ onBehalfOf: await auth.getOwnServiceCredentials(), targetPluginId })).token, timeoutMs);
}
