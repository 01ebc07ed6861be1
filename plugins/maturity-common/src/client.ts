import { ResponseError } from '@backstage/errors';
import { AnswerRecord, Assessment, AssessmentChange, MaturityAction } from './assessment';
import { Checklist } from './checklist';
import { Quarter } from './quarter';
import { ScoreCard } from './scoring';

/** An assessment as the API returns it: with the checklist it is answered against and its score. */
export interface AssessmentView {
  scopeRef: string;
  quarter: Quarter;
  assessment: Assessment | null;
  checklist: Checklist;
  score: ScoreCard;
  canEdit?: boolean;
}

export interface OverviewItem {
  scopeRef: string;
  status: Assessment['status'];
  revision: number;
  score: ScoreCard;
}

/** A save refused because someone else saved first; `current` is what is stored now. */
export class AssessmentConflictError extends Error {
  constructor(message: string, readonly current: AssessmentView) {
    super(message);
    this.name = 'AssessmentConflictError';
  }
}

export interface HistoryItem {
  quarter: Quarter;
  status: Assessment['status'];
  score: ScoreCard;
}

/** A suggestion from something the portal already knows; the assessor decides whether to use it. */
export interface EvidenceHint {
  sourceId: string;
  summary: string;
  suggestedAnswer?: AnswerRecord['value'];
  url?: string;
}

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

/** The maturity API over HTTP, for the browser and for other backends alike. */
export class MaturityClient implements MaturityApi {
  constructor(private readonly discovery: { getBaseUrl(pluginId: string): Promise<string> }, private readonly fetchApi: { fetch: typeof fetch }) {}

  private async call<T>(path: string, init?: { method: string; body: unknown }): Promise<T> {
    const base = await this.discovery.getBaseUrl('maturity');
    const response = await this.fetchApi.fetch(`${base}${path}`, {
      method: init?.method ?? 'GET',
      ...(init && { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(init.body) }),
    });
    if (response.status === 409) {
      const body = await response.json();
      throw new AssessmentConflictError(body.error?.message ?? 'Conflict', body.current);
    }
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return response.json();
  }

  private static scoped(quarter: Quarter, scopeRef: string, suffix = '') {
    return `/assessments/${encodeURIComponent(quarter)}${suffix}?scope=${encodeURIComponent(scopeRef)}`;
  }

  getAssessment(scopeRef: string, quarter: Quarter) {
    return this.call<AssessmentView>(MaturityClient.scoped(quarter, scopeRef));
  }

  saveAnswers(scopeRef: string, quarter: Quarter, revision: number, answers: Record<string, AnswerRecord | null>) {
    return this.call<AssessmentView>(MaturityClient.scoped(quarter, scopeRef), {
      method: 'PUT',
      body: { revision, answers },
    });
  }

  submit(scopeRef: string, quarter: Quarter, revision: number) {
    return this.call<AssessmentView>(MaturityClient.scoped(quarter, scopeRef, '/submit'), {
      method: 'POST',
      body: { revision },
    });
  }

  reopen(scopeRef: string, quarter: Quarter) {
    return this.call<AssessmentView>(MaturityClient.scoped(quarter, scopeRef, '/reopen'), {
      method: 'POST',
      body: {},
    });
  }

  async getChanges(scopeRef: string, quarter: Quarter) {
    return (await this.call<{ items: AssessmentChange[] }>(MaturityClient.scoped(quarter, scopeRef, '/changes'))).items;
  }

  async getHistory(scopeRef: string) {
    return (await this.call<{ items: HistoryItem[] }>(`/history?scope=${encodeURIComponent(scopeRef)}`)).items;
  }

  async getEvidence(scopeRef: string) {
    const path = `/evidence?scope=${encodeURIComponent(scopeRef)}`;
    return (await this.call<{ byQuestion: Record<string, EvidenceHint[]> }>(path)).byQuestion;
  }

  async listActions(scopeRef: string, quarter: Quarter) {
    const path = `/actions/${encodeURIComponent(quarter)}?scope=${encodeURIComponent(scopeRef)}`;
    return (await this.call<{ items: MaturityAction[] }>(path)).items;
  }

  createAction(scopeRef: string, quarter: Quarter, action: Pick<MaturityAction, 'questionId' | 'title' | 'ownerRef' | 'dueDate'>) {
    const path = `/actions/${encodeURIComponent(quarter)}?scope=${encodeURIComponent(scopeRef)}`;
    return this.call<MaturityAction>(path, { method: 'POST', body: action });
  }

  updateAction(quarter: Quarter, id: string, change: Partial<Pick<MaturityAction, 'title' | 'ownerRef' | 'dueDate' | 'status'>>) {
    return this.call<MaturityAction>(`/actions/${encodeURIComponent(quarter)}/${encodeURIComponent(id)}`, {
      method: 'PATCH',
      body: change,
    });
  }

  async getOverview(quarter: Quarter) {
    return (await this.call<{ items: OverviewItem[] }>(`/overview/${encodeURIComponent(quarter)}`)).items;
  }
}
