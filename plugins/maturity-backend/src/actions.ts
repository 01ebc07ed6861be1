import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { InputError } from '@backstage/errors';
import { isQuarter, quarterOf } from '@internal/plugin-maturity-common';
import { ChecklistRegistry } from './service/checklists';
import { AssessmentStore } from './database/AssessmentStore';
import { parseScope } from './service/scopes';
import { checklistOfAssessment, assessmentView } from './service/view';

/**
 * Read-only actions for the actions registry (the AI assistant and MCP clients): a scope's
 * quarterly maturity assessment, its score and the questions still answered "no".
 */
export function registerMaturityActions(actionsRegistry: ActionsRegistryService, store: AssessmentStore, checklists: ChecklistRegistry) {
  actionsRegistry.register({
    name: 'get-maturity-assessment',
    title: 'Get IDP maturity assessment',
    description:
      'The quarterly IDP maturity assessment of the platform or of a team (group) or system: its status, score per category and the questions answered "no" (the gaps).',
    attributes: { readOnly: true, destructive: false, idempotent: true },
    schema: {
      input: z =>
        z.object({
          scope: z.string().describe('"platform", or a group or system entity ref such as group:default/payments-team'),
          quarter: z.string().optional().describe('A quarter such as 2026-Q4; the current quarter when omitted'),
        }),
      output: z => z.object({}).passthrough(),
    },
    action: async ({ input }) => {
      const scopeRef = parseScope(input.scope);
      const quarter = input.quarter ?? quarterOf(new Date(Date.now()));
      if (!isQuarter(quarter)) throw new InputError(`quarter ${JSON.stringify(quarter)} is not a quarter like 2026-Q4`);
      const assessment = await store.get(scopeRef, quarter);
      const { score } = assessmentView(checklists, scopeRef, quarter, assessment);
      const checklist = checklistOfAssessment(checklists, assessment);
      const gaps = checklist.categories.flatMap(c =>
        c.questions.filter(q => assessment?.answers[q.id]?.value === 'no').map(q => ({ category: c.title, question: q.text })),
      );
      return {
        output: {
          scopeRef,
          quarter,
          status: assessment?.status ?? 'not started',
          score,
          gaps,
          url: '/maturity',
        },
      };
    },
  });
}
