import { ResponseError } from '@backstage/errors';
import { Budget } from './budgets';
import { Estimate, EstimateInput } from './estimate';
import { CostEntityView, Showback } from './views';

export interface CostApi {
  getEntityView(entityRef: string): Promise<CostEntityView>;
  getShowback(entityRef: string): Promise<Showback>;
  /** The showback as CSV, for download. */
  getShowbackCsv(entityRef: string): Promise<string>;
  setBudget(entityRef: string, budget: Pick<Budget, 'monthlyAmount' | 'thresholds'>): Promise<CostEntityView>;
  estimate(input: EstimateInput): Promise<Estimate>;
}

export interface CostClientOptions {
  discoveryApi: { getBaseUrl(pluginId: string): Promise<string> };
  fetchApi: { fetch: typeof fetch };
}

/** Typed client of the cost backend; works in the browser and in Node. */
export class CostClient implements CostApi {
  constructor(private readonly options: CostClientOptions) {}

  getEntityView(entityRef: string) {
    return this.request<CostEntityView>(`/entity?${new URLSearchParams({ entityRef })}`);
  }

  getShowback(entityRef: string) {
    return this.request<Showback>(`/showback?${new URLSearchParams({ entityRef })}`);
  }

  async getShowbackCsv(entityRef: string) {
    const base = await this.options.discoveryApi.getBaseUrl('cost');
    const response = await this.options.fetchApi.fetch(`${base}/showback.csv?${new URLSearchParams({ entityRef })}`);
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return response.text();
  }

  setBudget(entityRef: string, budget: Pick<Budget, 'monthlyAmount' | 'thresholds'>) {
    return this.request<CostEntityView>(`/budgets?${new URLSearchParams({ entityRef })}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(budget),
    });
  }

  estimate(input: EstimateInput) {
    return this.request<Estimate>('/estimate', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
  }

  private async request<T>(path: string, init?: RequestInit): Promise<T> {
    const base = await this.options.discoveryApi.getBaseUrl('cost');
    const response = await this.options.fetchApi.fetch(`${base}${path}`, init);
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return (await response.json()) as T;
  }
}
