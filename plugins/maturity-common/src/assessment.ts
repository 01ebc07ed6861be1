import { AnswerValue } from './scoring';
import { Quarter } from './quarter';

/** The scope an assessment is about: the whole platform, or a group or system entity ref. */
export type ScopeRef = 'platform' | string;

export interface AnswerRecord {
  value: AnswerValue;
  /** A link to what shows the answer is true (a dashboard, a doc, a pipeline). */
  evidenceUrl?: string;
  note?: string;
}

export type AssessmentStatus = 'draft' | 'submitted';

/** The answer values of stored answers, which is what scoring reads. */
export function answerValues(answers: Readonly<Record<string, AnswerRecord>>): Record<string, AnswerValue> {
  return Object.fromEntries(Object.entries(answers).map(([id, a]) => [id, a.value]));
}

export interface Assessment {
  scopeRef: ScopeRef;
  quarter: Quarter;
  checklistId: string;
  checklistVersion: number;
  status: AssessmentStatus;
  /** Bumped on every write; a write must name the revision it was based on. */
  revision: number;
  answers: Record<string, AnswerRecord>;
  updatedBy: string;
  updatedAt: string;
  submittedBy?: string;
  submittedAt?: string;
}

export interface AnswerChange {
  questionId: string;
  from: AnswerRecord | null;
  to: AnswerRecord | null;
}

export interface AssessmentChange {
  revision: number;
  actor: string;
  at: string;
  kind: 'answers' | 'submit' | 'reopen';
  changes: AnswerChange[];
}

export type ActionStatus = 'open' | 'in-progress' | 'done' | 'dropped';
export const ACTION_STATUSES: readonly ActionStatus[] = ['open', 'in-progress', 'done', 'dropped'];

/** An action planned to meet a question, owned by a catalog user or group. */
export interface MaturityAction {
  id: string;
  scopeRef: ScopeRef;
  questionId: string;
  title: string;
  ownerRef: string;
  /** YYYY-MM-DD */
  dueDate: string;
  status: ActionStatus;
  createdQuarter: Quarter;
  closedQuarter?: Quarter;
  createdBy: string;
  updatedBy: string;
  updatedAt: string;
}

/** Open actions past their due date stand out. */
export function isOverdue(action: Pick<MaturityAction, 'status' | 'dueDate'>, today: string): boolean {
  return (action.status === 'open' || action.status === 'in-progress') && action.dueDate < today;
}
