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
