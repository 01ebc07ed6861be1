/** Datadog's API with the portal's keys, bounded in time. */
export class DatadogApiClient {
  constructor(private readonly options: { apiUrl: string; apiKey: string; appKey: string; timeoutMs: number }) {}

  searchMonitors(query: string) {
    return this.get<{ monitors: Array<{ id: number; name: string; status: string; type: string }> }>(
      `/api/v1/monitor/search?${new URLSearchParams({ query, per_page: '100' })}`,
    );
  }

  listDashboards() {
    return this.get<{ dashboards: Array<{ id: string; title: string; url: string }> }>('/api/v1/dashboard');
  }

  private async get<T>(path: string): Promise<T> {
    let response: Response;
    try {
      response = await fetch(`${this.options.apiUrl.replace(/\/$/, '')}${path}`, {
        headers: { 'DD-API-KEY': this.options.apiKey, 'DD-APPLICATION-KEY': this.options.appKey, accept: 'application/json' },
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
    } catch (error) {
      const timedOut = (error as Error).name === 'TimeoutError';
      throw upstreamError(
        timedOut ? `Datadog did not answer within ${this.options.timeoutMs / 1000} s` : `Datadog cannot be reached: ${(error as Error).message}`,
        timedOut ? 504 : 502,
      );
    }
    if (!response.ok) {
      // Datadog answers errors as { errors: [...] }; a refused key is the portal's problem (502).
      const text = await response.text();
      let detail = text.slice(0, 300);
      try {
        detail = (JSON.parse(text).errors ?? []).join('; ') || detail;
      } catch {
        // not JSON
      }
      throw upstreamError(`Datadog answered ${response.status}: ${detail}`, 502);
    }
    return (await response.json()) as T;
  }
}

function upstreamError(message: string, status: number): Error {
  const error = new Error(message) as Error & { status: number };
  error.name = 'DatadogError';
  error.status = status;
  return error;
}
