import { ApiClientOptions, createApiClient, dataOf } from '@internal/api-client';
import { Estimate, EstimateInput } from './estimate';
import { paths } from './schema/openapi.generated';
import { BudgetInput, CostEntityView, FocusImportResult, Showback, SourceFreshness, UnallocatedCost } from './views';

export interface CostApi {
  getEntityView(entityRef: string): Promise<CostEntityView>;
  getShowback(entityRef: string): Promise<Showback>;
  /** The showback as CSV, for download. */
  getShowbackCsv(entityRef: string): Promise<string>;
  setBudget(entityRef: string, budget: BudgetInput): Promise<CostEntityView>;
  estimate(input: Partial<EstimateInput> & Pick<EstimateInput, 'size' | 'replicas'>): Promise<Estimate>;
}

export type CostClientOptions = ApiClientOptions;

/** Client of the cost API, typed by its spec; works in the browser and in Node. */
export class CostClient implements CostApi {
  private readonly api;

  constructor(options: CostClientOptions) {
    this.api = createApiClient<paths>('cost', options);
  }

  getEntityView(entityRef: string) {
    return dataOf(this.api.get('/entity', { params: { query: { entityRef } } }));
  }

  getShowback(entityRef: string) {
    return dataOf(this.api.get('/showback', { params: { query: { entityRef } } }));
  }

  getShowbackCsv(entityRef: string) {
    return dataOf(this.api.get('/showback.csv', { params: { query: { entityRef } }, parseAs: 'text' }));
  }

  setBudget(entityRef: string, budget: BudgetInput) {
    return dataOf(this.api.put('/budgets', { params: { query: { entityRef } }, body: budget }));
  }

  estimate(input: Partial<EstimateInput> & Pick<EstimateInput, 'size' | 'replicas'>) {
    return dataOf(this.api.post('/estimate', { body: input }));
  }

  getUnallocated(): Promise<UnallocatedCost[]> {
    return dataOf(this.api.get('/unallocated'));
  }

  getSources(): Promise<SourceFreshness[]> {
    return dataOf(this.api.get('/sources'));
  }

  /** Imports a FOCUS CSV export under a name (admins). */
  importFocus(name: string, csv: string): Promise<FocusImportResult> {
    return dataOf(
      this.api.post('/focus/import', {
        params: { query: { name } },
        body: csv,
        bodySerializer: (body: string) => body,
        headers: { 'content-type': 'text/csv' },
      }),
    );
  }
}
