import { toCsv } from '@internal/csv';
import { AssessmentView } from './client';

const ANSWER_LABEL: Record<string, string> = {
  yes: 'Yes',
  partly: 'Partly',
  no: 'No',
  na: 'Not applicable',
};

const score = (n: number | null | undefined) => (typeof n === 'number' ? n.toFixed(1) : 'not scored');

/** Markdown table cells must not break the table: escape pipes, fold line breaks. */
const mdCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** The assessment as a Markdown report: summary, category scores, then every answer. */
export function assessmentToMarkdown(view: AssessmentView): string {
  const { assessment, checklist, score: card } = view;
  const answers = assessment?.answers ?? {};
  const lines = [
    `# IDP maturity: ${view.scopeRef}, ${view.quarter}`,
    '',
    `- Checklist: ${checklist.title} v${checklist.version}`,
    `- Status: ${assessment?.status ?? 'not started'}${assessment?.submittedBy ? ` (submitted by ${assessment.submittedBy})` : ''}`,
    `- Overall: **${score(card.overall)} / 5**${card.level ? ` (${card.level.name})` : ''}`,
    `- Answered: ${card.answered} of ${card.total} questions`,
    '',
    '| Category | Score | Level |',
    '|---|---:|---|',
    ...card.categories.map(c => `| ${mdCell(c.title)} | ${score(c.score)} | ${c.level?.name ?? ''} |`),
  ];
  for (const category of checklist.categories) {
    lines.push('', `## ${category.title}`, '', '| Question | Answer | Evidence | Note |', '|---|---|---|---|');
    for (const q of category.questions) {
      const a = answers[q.id];
      lines.push(
        `| ${mdCell(q.text)} | ${a ? ANSWER_LABEL[a.value] : 'Not answered'} | ${a?.evidenceUrl ? `[link](${a.evidenceUrl})` : ''} | ${mdCell(
          a?.note ?? '',
        )} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The assessment as CSV: one row per question, with its category's score. */
export function assessmentToCsv(view: AssessmentView): string {
  const answers = view.assessment?.answers ?? {};
  const rows = [['scope', 'quarter', 'category', 'category_score', 'question_id', 'question', 'answer', 'evidence_url', 'note']];
  for (const category of view.checklist.categories) {
    const categoryScore = view.score.categories.find(c => c.id === category.id)?.score;
    for (const q of category.questions) {
      const a = answers[q.id];
      rows.push([
        view.scopeRef,
        view.quarter,
        category.title,
        typeof categoryScore === 'number' ? categoryScore.toFixed(1) : '',
        q.id,
        q.text,
        a?.value ?? '',
        a?.evidenceUrl ?? '',
        a?.note ?? '',
      ]);
    }
  }
  return toCsv(rows);
}
