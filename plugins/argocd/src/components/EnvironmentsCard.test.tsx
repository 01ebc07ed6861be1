import { renderInTestApp } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { ApplicationView } from '@internal/plugin-argocd-common';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { argoCdActionsApiRef } from '../api';
import { EnvironmentsCard } from './EnvironmentsCard';

const entity = { apiVersion: 'backstage.io/v1alpha1', kind: 'Component', metadata: { name: 'developer-portal', namespace: 'default' }, spec: {} };
const app = (environment: string, extra: Partial<ApplicationView> = {}): ApplicationView => ({
  instance: 'main',
  name: `developer-portal-${environment}`,
  environment,
  production: environment === 'prod',
  syncStatus: 'Synced',
  healthStatus: 'Healthy',
  revision: 'abcdef1234567890',
  lastSyncedAt: '2026-11-20T10:00:00Z',
  autoSync: environment === 'prod',
  url: `https://argocd.acme.example/applications/developer-portal-${environment}`,
  history: [
    { id: 1, revision: 'bbbbbbbb1', deployedAt: '2026-11-20T10:00:00Z' },
    { id: 0, revision: 'aaaaaaaa0', deployedAt: '2026-11-19T10:00:00Z' },
  ],
  claim: { status: 'verified', reason: "the entity is in the portal's configuration", mayAct: true },
  canSync: true,
  canRollback: true,
  ...extra,
});

describe('EnvironmentsCard', () => {
  it('syncs staging, asks for the name before a production rollback, and shows what happened', async () => {
    const api = {
      getApplications: jest.fn(async () => ({
        entityRef: 'component:default/developer-portal',
        applications: [app('staging', { syncStatus: 'OutOfSync' }), app('prod')],
        errors: [],
      })),
      getActions: jest.fn(async () => []),
      sync: jest.fn(async () => ({ message: 'Sync of developer-portal-staging started', action: {} })),
      rollback: jest.fn(async () => ({
        message:
          'Rollback of developer-portal-prod to history 0 started. Auto-sync of developer-portal-prod was turned off first; turn it on again in Argo CD when the fix is out.',
        action: {},
      })),
    };
    await renderInTestApp(
      <EntityProvider entity={entity}>
        <EnvironmentsCard />
      </EntityProvider>,
      { apis: [[argoCdActionsApiRef, api as any]] },
    );
    const staging = await screen.findByRole('row', { name: /staging developer-portal-staging/ });
    expect(within(staging).getByText('OutOfSync')).toBeInTheDocument();
    fireEvent.click(within(staging).getByRole('button', { name: 'Sync developer-portal-staging' }));
    fireEvent.click(screen.getByRole('button', { name: 'Sync now' }));
    expect(await screen.findByText('Sync of developer-portal-staging started')).toBeInTheDocument();
    expect(api.sync).toHaveBeenCalledWith({
      entityRef: 'component:default/developer-portal',
      instance: 'main',
      application: 'developer-portal-staging',
      confirm: undefined,
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Roll back developer-portal-prod' }));
    expect(screen.getByText('Auto-sync is on: it will be turned off first, or Argo CD would undo the rollback.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Roll back now' })).toBeDisabled();
    fireEvent.change(screen.getByLabelText('Type developer-portal-prod to confirm (production)'), { target: { value: 'developer-portal-prod' } });
    fireEvent.click(screen.getByRole('button', { name: 'Roll back now' }));
    await waitFor(() =>
      expect(api.rollback).toHaveBeenCalledWith({
        entityRef: 'component:default/developer-portal',
        instance: 'main',
        application: 'developer-portal-prod',
        confirm: 'developer-portal-prod',
        historyId: 0,
      }),
    );
    expect(await screen.findByText(/Auto-sync of developer-portal-prod was turned off first/)).toBeInTheDocument();
  });

  it("shows no actions to people who may not act, and Argo CD's error with a retry", async () => {
    const api = {
      getApplications: jest
        .fn()
        .mockRejectedValueOnce(new Error('Argo CD main did not answer within 5 s'))
        .mockResolvedValue({
          entityRef: 'x',
          applications: [
            app('dev', { canSync: false, canRollback: false }),
            app('prod', {
              canSync: false,
              canRollback: false,
              claim: { status: 'unverified', reason: 'nothing vouches for the claim', howToVerify: 'Add the annotation portal/entity-ref', mayAct: false },
            }),
          ],
          errors: [],
        }),
      getActions: jest.fn(async () => []),
    };
    await renderInTestApp(
      <EntityProvider entity={entity}>
        <EnvironmentsCard />
      </EntityProvider>,
      { apis: [[argoCdActionsApiRef, api as any]] },
    );
    expect(await screen.findByText('Argo CD main did not answer within 5 s')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('row', { name: /dev developer-portal-dev/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Sync/ })).not.toBeInTheDocument();
    // An application the entity's claim on is not verified says so, and how to verify it.
    const prod = screen.getByRole('row', { name: /prod developer-portal-prod/ });
    expect(within(prod).getByText('unverified claim')).toBeInTheDocument();
    fireEvent.mouseOver(within(prod).getByText('unverified claim'));
    expect(await screen.findByText('nothing vouches for the claim. Add the annotation portal/entity-ref')).toBeInTheDocument();
  });
});
