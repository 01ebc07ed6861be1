import { AnswerRecord, Assessment, AssessmentChange, Quarter, ScopeRef } from '@internal/plugin-maturity-common';

export interface SaveAnswersInput {
  scopeRef: ScopeRef;
  quarter: Quarter;
  /** The checklist a new assessment is answered against; an existing one keeps its own. */
  checklist: { id: string; version: number };
  /** Answers to set; null clears an answer. Questions not named keep their answers. */
  answers: Record<string, AnswerRecord | null>;
  /** The revision the caller based its change on; 0 when creating the assessment. */
  expectedRevision: number;
  actor: string;
}

/** Where assessments and their change log are kept. */
export interface AssessmentStore {
  get(scopeRef: ScopeRef, quarter: Quarter): Promise<Assessment | undefined>;
  saveAnswers(input: SaveAnswersInput): Promise<Assessment>;
  submit(input: { scopeRef: ScopeRef; quarter: Quarter; expectedRevision: number; actor: string }): Promise<Assessment>;
  reopen(input: { scopeRef: ScopeRef; quarter: Quarter; actor: string }): Promise<Assessment>;
  changes(scopeRef: ScopeRef, quarter: Quarter): Promise<AssessmentChange[]>;
  listByQuarter(quarter: Quarter): Promise<Assessment[]>;
  history(scopeRef: ScopeRef): Promise<Assessment[]>;
}
