import { Assessment, Checklist, Quarter, answerValues, scoreAssessment } from '@internal/plugin-maturity-common';
import { ChecklistRegistry } from './checklists';

/** The checklist an assessment was answered against; the current one for a new assessment. */
export function checklistOfAssessment(checklists: ChecklistRegistry, assessment?: Assessment): Checklist {
  return (assessment && checklists.get(assessment.checklistId, assessment.checklistVersion)) ?? checklists.current();
}

/** An assessment as the API shows it: with its checklist and score. */
export function assessmentView(checklists: ChecklistRegistry, scopeRef: string, quarter: Quarter, assessment: Assessment | undefined, editable?: boolean) {
  const checklist = checklistOfAssessment(checklists, assessment);
  return {
    scopeRef,
    quarter,
    assessment: assessment ?? null,
    checklist,
    score: scoreAssessment(checklist, answerValues(assessment?.answers ?? {})),
    ...(editable !== undefined && { canEdit: editable }),
  };
}
