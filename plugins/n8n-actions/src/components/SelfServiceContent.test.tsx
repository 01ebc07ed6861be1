import { ResponseError } from '@backstage/errors';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { ActionRun, OfferedAction } from '@internal/plugin-n8n-actions-common';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { n8nActionsApiRef } from '../api';
import { ApprovalsPage } from './ApprovalsPage';
import { SelfServiceContent } from './SelfServiceContent';

const entity = { apiVersion: 'backstage.io/v1alpha1', kind: 'Component', metadata: { name: 'payments-api', namespace: 'default' }, spec: { type: 'service' } };

const access: OfferedAction = {
  id: 'production-access',
  title: 'Request production access',
  parameters: {
    type: 'object',
    required: ['reason'],
    properties: { reason: { type: 'string', title: 'Reason', minLength: 10 } },
  },
  approval: { type: 'owners', count: 1 },
  timeToLive: 'PT8H',
  canRun: true,
};
const restart: OfferedAction = {
  id: 'restart',
  title: 'Restart the deployment',
  parameters: { type: 'object', properties: {} },
  approval: { type: 'none' },
  production: { parameter: 'environment', values: ['prod'], approval: { type: 'owners', count: 1 } },
  canRun: false,
  reason: 'Only members of group:default/sre may run it',
};

const run = (extra: Partial<ActionRun> = {}): ActionRun => ({
  id: 'run-1',
  actionId: 'production-access',
  actionTitle: 'Request production access',
  entityRef: 'component:default/payments-api',
  requester: 'user:default/guest',
  parameters: { reason: 'incident 4711 needs logs' },
  status: 'pending_approval',
  approvers: ['user:default/dan', 'user:default/guest'],
  requiredApprovals: 1,
  approvals: [],
  createdAt: '2026-11-23T10:00:00.000Z',
  ...extra,
});

describe('SelfServiceContent', () => {
  it('checks the form in the browser, requests a run, and shows it waiting for the owners', async () => {
    let runs: ActionRun[] = [];
    const api = {
      getActions: jest.fn(async () => [access, restart]),
      getRuns: jest.fn(async () => runs),
      requestRun: jest.fn(async () => {
        runs = [run()];
        return runs[0];
      }),
    };
    await renderInTestApp(
      <EntityProvider entity={entity}>
        <SelfServiceContent />
      </EntityProvider>,
      { apis: [[n8nActionsApiRef, api as any]] },
    );
    expect(await screen.findByText('Needs 1 approval from the owners; revoked after 8 hours.')).toBeInTheDocument();
    expect(screen.getByText('Runs at once, no approval needed. In production (environment prod): needs 1 approval from the owners')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Run Restart the deployment' })).toBeDisabled();

    fireEvent.click(screen.getByRole('button', { name: 'Run Request production access' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Reason/ }), { target: { value: 'short' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Submit' }));
    expect(await within(dialog).findByText('must NOT have fewer than 10 characters')).toBeInTheDocument();
    expect(api.requestRun).not.toHaveBeenCalled();

    fireEvent.change(within(dialog).getByRole('textbox', { name: /Reason/ }), { target: { value: 'incident 4711 needs logs' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Submit' }));
    expect(await screen.findByText('Request production access is waiting for approval.')).toBeInTheDocument();
    expect(api.requestRun).toHaveBeenCalledWith(
      expect.objectContaining({
        actionId: 'production-access',
        entityRef: 'component:default/payments-api',
        parameters: { reason: 'incident 4711 needs logs' },
      }),
    );
    expect(await screen.findByText('1 more approval from user:default/dan')).toBeInTheDocument();
    expect(screen.getByText('Waiting for approval')).toBeInTheDocument();
  });

  it("shows the backend's refusal in the form", async () => {
    const api = {
      getActions: jest.fn(async () => [access]),
      getRuns: jest.fn(async () => []),
      requestRun: jest.fn(async () => {
        throw await ResponseError.fromResponse(
          new Response(
            JSON.stringify({
              error: {
                name: 'InputError',
                message: "'Request production access' needs 1 approver(s) other than you, but the owners of component:default/payments-api has 0",
              },
            }),
            {
              status: 400,
              headers: { 'Content-Type': 'application/json' },
            },
          ) as any,
        );
      }),
    };
    await renderInTestApp(
      <EntityProvider entity={entity}>
        <SelfServiceContent />
      </EntityProvider>,
      { apis: [[n8nActionsApiRef, api as any]] },
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Run Request production access' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Reason/ }), { target: { value: 'incident 4711 needs logs' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Submit' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('needs 1 approver(s) other than you');
  });
});

describe('ApprovalsPage', () => {
  it('approves a waiting run with a comment and takes it off the list', async () => {
    let waiting = [run()];
    const api = {
      getApprovals: jest.fn(async () => waiting),
      decide: jest.fn(async () => {
        waiting = [];
        return run({ status: 'running' });
      }),
    };
    await renderInTestApp(<ApprovalsPage />, { apis: [[n8nActionsApiRef, api as any]] });
    fireEvent.change(await screen.findByRole('textbox', { name: 'Comment on Request production access for user:default/guest' }), { target: { value: 'ok' } });
    fireEvent.click(screen.getByRole('button', { name: 'Approve Request production access for user:default/guest' }));
    expect(await screen.findByText('Request production access for component:default/payments-api: approved.')).toBeInTheDocument();
    expect(api.decide).toHaveBeenCalledWith('run-1', 'approve', 'ok');
    await waitFor(() => expect(screen.getByText('Nothing is waiting for your approval.')).toBeInTheDocument());
  });
});
