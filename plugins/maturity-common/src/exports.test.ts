import { parseCsv } from '@internal/csv';
import { assessmentToCsv, assessmentToMarkdown } from './exports';
import { AssessmentView } from './client';
import { Checklist } from './checklist';
import { scoreAssessment } from './scoring';

const checklist: Checklist = {
  id: 'idp-maturity',
  version: 1,
  title: 'IDP Maturity Checklist',
  categories: [
    {
      id: 'testing',
      title: 'Testing',
      questions: [
        { id: 'testing.q1', text: 'Suite?' },
        { id: 'testing.q2', text: 'Tools?' },
      ],
    },
  ],
};
const answers = {
  'testing.q1': { value: 'yes' as const, evidenceUrl: 'https://ci.acme.example', note: 'runs on, every | PR\n"always"' },
  'testing.q2': { value: 'no' as const, note: '=HYPERLINK("http://evil")' },
};
const view: AssessmentView = {
  scopeRef: 'group:default/payments-team',
  quarter: '2026-Q4',
  checklist,
  score: scoreAssessment(checklist, { 'testing.q1': 'yes', 'testing.q2': 'no' }),
  assessment: {
    scopeRef: 'group:default/payments-team',
    quarter: '2026-Q4',
    checklistId: 'idp-maturity',
    checklistVersion: 1,
    status: 'submitted',
    revision: 2,
    answers,
    updatedBy: 'user:default/carol',
    updatedAt: '2026-11-23T10:00:00Z',
    submittedBy: 'user:default/carol',
  },
};

/** A minimal RFC 4180 parser, to read back what the export wrote. */
describe('exports', () => {
  it('writes a Markdown report whose tables survive pipes and line breaks in notes', () => {
    const md = assessmentToMarkdown(view);
    expect(md).toContain('# IDP maturity: group:default/payments-team, 2026-Q4');
    expect(md).toContain('- Status: submitted (submitted by user:default/carol)');
    expect(md).toContain('- Overall: **2.5 / 5** (Basic)');
    expect(md).toContain('| Testing | 2.5 | Basic |');
    expect(md).toContain('| Suite? | Yes | [link](https://ci.acme.example) | runs on, every \\| PR "always" |');
  });

  it('writes CSV that reads back to the same values, with formulas neutralised', () => {
    const rows = parseCsv(assessmentToCsv(view));
    expect(rows[0]).toEqual(['scope', 'quarter', 'category', 'category_score', 'question_id', 'question', 'answer', 'evidence_url', 'note']);
    expect(rows[1]).toEqual([
      'group:default/payments-team',
      '2026-Q4',
      'Testing',
      '2.5',
      'testing.q1',
      'Suite?',
      'yes',
      'https://ci.acme.example',
      'runs on, every | PR\n"always"',
    ]);
    expect(rows[2][8]).toBe('\'=HYPERLINK("http://evil")');
  });
});
