import { renderInTestApp } from '@backstage/frontend-test-utils';
import { MaturityAction } from '@internal/plugin-maturity-common';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { QuestionActions } from './QuestionActions';

const action = (over: Partial<MaturityAction>): MaturityAction => ({
  id: '1',
  scopeRef: 'group:default/payments-team',
  questionId: 'testing.q1',
  title: 'Add contract tests',
  ownerRef: 'user:default/dave',
  dueDate: '2026-09-30',
  status: 'open',
  createdQuarter: '2026-Q3',
  createdBy: 'user:default/carol',
  updatedBy: 'user:default/carol',
  updatedAt: '2026-09-01T00:00:00Z',
  ...over,
});

describe('QuestionActions', () => {
  it('makes overdue open actions stand out, and not closed ones', async () => {
    await renderInTestApp(
      <QuestionActions
        questionId="testing.q1"
        actions={[action({}), action({ id: '2', title: 'Old idea', status: 'dropped' })]}
        editable={false}
        today="2026-11-23"
        onCreate={jest.fn()}
        onStatus={jest.fn()}
      />,
    );
    expect(screen.getByText(/Action: Add contract tests · user:default\/dave · due 2026-09-30 · planned in 2026-Q3/)).toBeInTheDocument();
    expect(screen.getAllByText('Overdue')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Plan an action' })).not.toBeInTheDocument();
  });

  it('plans a new action and shows why one was refused', async () => {
    const onCreate = jest
      .fn()
      .mockRejectedValueOnce(new Error('Invalid request: ownerRef: no user or group user:default/nobody in the catalog'))
      .mockResolvedValueOnce(undefined);
    await renderInTestApp(<QuestionActions questionId="testing.q1" actions={[]} editable today="2026-11-23" onCreate={onCreate} onStatus={jest.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Plan an action' }));
    fireEvent.change(screen.getByLabelText('Action'), { target: { value: 'Add contract tests' } });
    fireEvent.change(screen.getByLabelText('Owner (user or group)'), { target: { value: 'user:default/nobody' } });
    fireEvent.change(screen.getByLabelText('Due date'), { target: { value: '2026-12-31' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add action' }));
    expect(await screen.findByText(/no user or group user:default\/nobody/)).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Owner (user or group)'), { target: { value: 'user:default/dave' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add action' }));
    await waitFor(() =>
      expect(onCreate).toHaveBeenLastCalledWith({
        questionId: 'testing.q1',
        title: 'Add contract tests',
        ownerRef: 'user:default/dave',
        dueDate: '2026-12-31',
      }),
    );
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Add action' })).not.toBeInTheDocument());
  });
});
