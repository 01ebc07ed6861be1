/**
 * Extension point of the maturity backend: evidence sources.
 *
 * @packageDocumentation
 */
import { createExtensionPoint } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { AnswerValue } from '@internal/plugin-maturity-common';

/** What an evidence source is given: the scope and the catalog entities that belong to it. */
export interface EvidenceContext {
  scopeRef: string;
  /** Components, APIs and resources owned by the scope's group, part of the system, or all for the platform. */
  entities: Entity[];
}

/** A suggestion shown next to a question; the assessor decides whether to use it. */
export interface EvidenceSuggestion {
  /** e.g. "TechDocs for 3 of 5 components" */
  summary: string;
  suggestedAnswer?: AnswerValue;
  url?: string;
}

/**
 * Something the portal already knows that speaks to some checklist questions. Other plugins
 * (DORA, cost, ...) register their own through the extension point.
 */
export interface EvidenceSource {
  id: string;
  /** The checklist question ids this source has evidence for. */
  questionIds: string[];
  collect(context: EvidenceContext): Promise<EvidenceSuggestion | undefined>;
}

export interface MaturityEvidenceExtensionPoint {
  addEvidenceSource(...sources: EvidenceSource[]): void;
}

export const maturityEvidenceExtensionPoint = createExtensionPoint<MaturityEvidenceExtensionPoint>({
  id: 'maturity.evidence',
});

/** The answer a share of covered entities suggests: all covered yes, some partly, none no. */
export function answerForCoverage(covered: number, total: number): AnswerValue | undefined {
  if (total === 0) return undefined;
  if (covered === total) return 'yes';
  return covered > 0 ? 'partly' : 'no';
}
