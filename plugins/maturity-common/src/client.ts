import { ResponseError } from '@backstage/errors';
import { ApiClientOptions, createApiClient, dataOf } from '@internal/api-client';
import { AnswerRecord, AssessmentChange, MaturityAction } from './assessment';
import { Quarter } from './quarter';
import { components, paths } from './schema/openapi.generated';

type Schemas = components['schemas'];

/** An assessment as the API returns it: with the checklist it is answered against and its score. */
export type AssessmentView = Schemas['AssessmentView'];

export type OverviewItem = paths['/overview/{quarter}']['get']['responses']['200']['content']['application/json']['items'][number];

/** A save refused because someone else saved first; `current` is what is stored now. */
export class AssessmentConflictError extends Error {
  constructor(message: string, readonly current: AssessmentView) {
    super(message);
    this.name = 'AssessmentConflictError';
  }
}

export type HistoryItem = Omit<paths['/history']['get']['responses']['200']['content']['application/json']['items'][number], 'quarter'> & { quarter: Quarter };

/** A suggestion from something the portal already knows; the assessor decides whether to use it. */
export type EvidenceHint = Schemas['EvidenceHint'];

export interface MaturityApi {
  getAssessment(scopeRef: string, quarter: Quarter): Promise<AssessmentView>;
  saveAnswers(scopeRef: string, quarter: Quarter, revision: number, answers: Record<string, AnswerRecord | null>): Promise<AssessmentView>;
  submit(scopeRef: string, quarter: Quarter, revision: number): Promise<AssessmentView>;
  reopen(scopeRef: string, quarter: Quarter): Promise<AssessmentView>;
  getChanges(scopeRef: string, quarter: Quarter): Promise<AssessmentChange[]>;
  getOverview(quarter: Quarter): Promise<OverviewItem[]>;
  getHistory(scopeRef: string): Promise<HistoryItem[]>;
  getEvidence(scopeRef: string): Promise<Record<string, EvidenceHint[]>>;
  listActions(scopeRef: string, quarter: Quarter): Promise<MaturityAction[]>;
  createAction(scopeRef: string, quarter: Quarter, action: Pick<MaturityAction, 'questionId' | 'title' | 'ownerRef' | 'dueDate'>): Promise<MaturityAction>;
  updateAction(quarter: Quarter, id: string, change: Partial<Pick<MaturityAction, 'title' | 'ownerRef' | 'dueDate' | 'status'>>): Promise<MaturityAction>;
}

/** The maturity API over HTTP, typed by its spec, for the browser and for other backends alike. */
export class MaturityClient implements MaturityApi {
  private readonly api;

  constructor(discovery: ApiClientOptions['discoveryApi'], fetchApi: ApiClientOptions['fetchApi']) {
    this.api = createApiClient<paths>('maturity', { discoveryApi: discovery, fetchApi });
  }

  /** A write's answer; a 409 is the conflict with what is stored now. */
  private static async written<T>(call: Promise<{ data?: T }>): Promise<T> {
    try {
      return await dataOf(call);
    } catch (error) {
      const body = (error as ResponseError).body as unknown as { current?: AssessmentView } | undefined;
      if ((error as ResponseError).statusCode === 409 && body?.current) throw new AssessmentConflictError((error as Error).message, body.current);
      throw error;
    }
  }

  private static scoped(quarter: Quarter, scopeRef: string) {
    return { params: { path: { quarter }, query: { scope: scopeRef } } };
  }

  getAssessment(scopeRef: string, quarter: Quarter) {
    return dataOf(this.api.get('/assessments/{quarter}', MaturityClient.scoped(quarter, scopeRef)));
  }

  saveAnswers(scopeRef: string, quarter: Quarter, revision: number, answers: Record<string, AnswerRecord | null>) {
    return MaturityClient.written(this.api.put('/assessments/{quarter}', { ...MaturityClient.scoped(quarter, scopeRef), body: { revision, answers } }));
  }

  submit(scopeRef: string, quarter: Quarter, revision: number) {
    return MaturityClient.written(this.api.post('/assessments/{quarter}/submit', { ...MaturityClient.scoped(quarter, scopeRef), body: { revision } }));
  }

  reopen(scopeRef: string, quarter: Quarter) {
    return dataOf(this.api.post('/assessments/{quarter}/reopen', MaturityClient.scoped(quarter, scopeRef)));
  }

  async getChanges(scopeRef: string, quarter: Quarter) {
    return (await dataOf(this.api.get('/assessments/{quarter}/changes', MaturityClient.scoped(quarter, scopeRef)))).items;
  }

  async getHistory(scopeRef: string) {
    return (await dataOf(this.api.get('/history', { params: { query: { scope: scopeRef } } }))).items as HistoryItem[];
  }

  async getEvidence(scopeRef: string) {
    return (await dataOf(this.api.get('/evidence', { params: { query: { scope: scopeRef } } }))).byQuestion;
  }

  // The spec says a quarter is a string like 2026-Q4; the backend's types say it is a Quarter.
  async listActions(scopeRef: string, quarter: Quarter) {
    return (await dataOf(this.api.get('/actions/{quarter}', MaturityClient.scoped(quarter, scopeRef)))).items as MaturityAction[];
  }

  async createAction(scopeRef: string, quarter: Quarter, action: Pick<MaturityAction, 'questionId' | 'title' | 'ownerRef' | 'dueDate'>) {
    return (await dataOf(this.api.post('/actions/{quarter}', { ...MaturityClient.scoped(quarter, scopeRef), body: action }))) as MaturityAction;
  }

  async updateAction(quarter: Quarter, id: string, change: Partial<Pick<MaturityAction, 'title' | 'ownerRef' | 'dueDate' | 'status'>>) {
    return (await dataOf(this.api.patch('/actions/{quarter}/{id}', { params: { path: { quarter, id } }, body: change }))) as MaturityAction;
  }

  async getOverview(quarter: Quarter) {
    return (await dataOf(this.api.get('/overview/{quarter}', { params: { path: { quarter } } }))).items;
  }
}
