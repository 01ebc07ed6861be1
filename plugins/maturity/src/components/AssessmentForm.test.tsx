import { renderInTestApp } from '@backstage/frontend-test-utils';
import { AssessmentConflictError, AssessmentView, Checklist, scoreAssessment } from '@internal/plugin-maturity-common';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { maturityApiRef } from '../api';
import { AssessmentForm } from './AssessmentForm';

const checklist: Checklist = {
  id: 'idp-maturity',
  version: 1,
  title: 'IDP Maturity Checklist',
  categories: [
    {
      id: 'testing',
      title: 'Testing',
      questions: [
        { id: 'testing.q1', text: 'Is there a comprehensive test suite for the IDP?' },
        { id: 'testing.q2', text: 'Does the IDP provide testing frameworks?' },
      ],
    },
  ],
};

function viewOf(answers: Record<string, any>, revision: number, canEdit = true, status: 'draft' | 'submitted' = 'draft'): AssessmentView {
  return {
    scopeRef: 'group:default/payments-team',
    quarter: '2026-Q4',
    checklist,
    canEdit,
    score: scoreAssessment(checklist, Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, v.value]))),
    assessment: revision
      ? {
          scopeRef: 'group:default/payments-team',
          quarter: '2026-Q4',
          checklistId: 'idp-maturity',
          checklistVersion: 1,
          status,
          revision,
          answers,
          updatedBy: 'user:default/dave',
          updatedAt: '2026-11-23T10:00:00Z',
        }
      : null,
  };
}

function apiWith(overrides: Partial<Record<string, jest.Mock>>) {
  return {
    getAssessment: jest.fn(async () => viewOf({}, 0)),
    saveAnswers: jest.fn(),
    submit: jest.fn(),
    reopen: jest.fn(),
    getChanges: jest.fn(async () => []),
    getOverview: jest.fn(async () => []),
    getHistory: jest.fn(async () => []),
    listActions: jest.fn(async () => []),
    getEvidence: jest.fn(async () => ({})),
    createAction: jest.fn(),
    updateAction: jest.fn(),
    ...overrides,
  };
}

const render = (api: object) =>
  renderInTestApp(<AssessmentForm scopeRef="group:default/payments-team" quarter="2026-Q4" />, {
    apis: [[maturityApiRef, api as any]],
  });

describe('AssessmentForm', () => {
  it('is read-only, and says why, for someone who may not edit', async () => {
    await render(apiWith({ getAssessment: jest.fn(async () => viewOf({ 'testing.q1': { value: 'yes' } }, 3, false)) }));
    expect(await screen.findByText(/Only the members of the owning group/)).toBeInTheDocument();
    const yes = screen.getAllByRole('radio', { name: 'Yes' });
    expect(yes[0]).toBeChecked();
    expect(yes[0]).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    expect(screen.getByText('2.5 / 5 · Basic')).toBeInTheDocument();
  });

  it('saves the changed answers with the revision they were based on and shows the new score', async () => {
    const saveAnswers = jest.fn(async () => viewOf({ 'testing.q1': { value: 'yes' } }, 1));
    await render(apiWith({ saveAnswers }));
    fireEvent.click((await screen.findAllByRole('radio', { name: 'Yes' }))[0]);
    expect(screen.getByText('1 of 2 questions answered')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(saveAnswers).toHaveBeenCalledWith('group:default/payments-team', '2026-Q4', 0, {
        'testing.q1': { value: 'yes' },
      }),
    );
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect(screen.getByText('2.5 / 5 · Basic')).toBeInTheDocument();
  });

  it("keeps the user's unsaved answers when someone else saved first", async () => {
    const current = viewOf({ 'testing.q2': { value: 'no' } }, 2);
    const saveAnswers = jest.fn(async () => {
      throw new AssessmentConflictError('The assessment was changed by user:default/dave (revision 2)', current);
    });
    await render(apiWith({ saveAnswers }));
    fireEvent.click((await screen.findAllByRole('radio', { name: 'Yes' }))[0]);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/changed by user:default\/dave.*Your unsaved answers are kept below/)).toBeInTheDocument();
    expect(screen.getAllByRole('radio', { name: 'Yes' })[0]).toBeChecked(); // mine, unsaved
    expect(screen.getAllByRole('radio', { name: 'No' })[1]).toBeChecked(); // theirs, saved
    expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled();
  });

  it('offers evidence the portal knows and fills the answer only when the assessor uses it', async () => {
    const saveAnswers = jest.fn(async () => viewOf({}, 1));
    await render(
      apiWith({
        saveAnswers,
        getEvidence: jest.fn(async () => ({
          'testing.q1': [{ sourceId: 'techdocs', summary: 'TechDocs for 1 of 2 components', suggestedAnswer: 'partly' }],
        })),
      }),
    );
    expect(await screen.findByText(/Suggested by the portal: TechDocs for 1 of 2 components \(suggests Partly\)/)).toBeInTheDocument();
    expect(screen.getAllByRole('radio', { name: 'Partly' })[0]).not.toBeChecked();
    fireEvent.click(screen.getByRole('button', { name: 'Use' }));
    expect(screen.getAllByRole('radio', { name: 'Partly' })[0]).toBeChecked();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(saveAnswers).toHaveBeenCalledWith('group:default/payments-team', '2026-Q4', 0, {
        'testing.q1': { value: 'partly', note: 'TechDocs for 1 of 2 components' },
      }),
    );
  });
});
