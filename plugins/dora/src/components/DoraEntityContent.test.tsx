import { EntityProvider } from '@backstage/plugin-catalog-react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { DeploymentView, DoraEntityView, DoraSummary, bandsOf } from '@internal/plugin-dora-common';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { doraApiRef } from '../api';
import { DoraEntityContent } from './DoraEntityContent';
import { claimsApiRef } from '@internal/plugin-claims';

const HOUR = 3600_000;
const summary = (overrides: Partial<DoraSummary>): DoraSummary => ({
  from: 0,
  to: 0,
  deployments: 6,
  deploymentDays: 5,
  medianDeploymentDaysPerWeek: 2.5,
  meanDeploymentDaysPerWeek: 2.5,
  leadTime: { changes: 5, median: 4 * HOUR, p75: 4 * HOUR, p90: 7.6 * HOUR },
  changeFailureRate: 0.5,
  failedDeployments: 3,
  recoveryTime: { recovered: 3, open: 0, median: 2 * HOUR },
  reworkRate: 2 / 6,
  reworkDeployments: 2,
  ...overrides,
});
const current = summary({});
const view: DoraEntityView = {
  entityRef: 'component:default/payments-api',
  scope: 'service',
  window: 30,
  report: '2024',
  services: ['component:default/payments-api'],
  current,
  previous: summary({ medianDeploymentDaysPerWeek: 1.5, changeFailureRate: 0.25, leadTime: { changes: 2, median: 4 * HOUR } }),
  bands: bandsOf(current, '2024'),
  trend: [
    { weekStart: Date.parse('2026-11-09T00:00:00Z'), deploymentDays: 3, deployments: 4, changeFailureRate: 0.5 },
    { weekStart: Date.parse('2026-11-16T00:00:00Z'), deploymentDays: 2, deployments: 2, changeFailureRate: 0.5 },
  ],
};
const deployment: DeploymentView = {
  entityRef: 'component:default/payments-api',
  id: 'github:1',
  revision: 'c2a9f00d1234',
  deployedAt: Date.parse('2026-11-20T10:00:00Z'),
  kind: 'normal',
  url: 'https://github.com/acme/payments-api/actions/runs/1',
  changes: 2,
  leadTimeMedian: 3.5 * HOUR,
  failed: true,
  restoredAt: Date.parse('2026-11-20T12:00:00Z'),
  rework: false,
  incidents: [{ id: 'i7', title: 'Incident 7', url: 'https://github.com/acme/payments-api/issues/7' }],
};
const entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'payments-api', namespace: 'default' },
  spec: {},
};

/** The entity's claims: none, unless given. */
const claims = (list: object[] = []) => ({ getEntityClaims: jest.fn(async () => list) } as any);

describe('DoraEntityContent', () => {
  it('shows the five metrics with bands and trends, the weekly charts and the deployments', async () => {
    const api = { getEntityView: jest.fn(async () => view), getDeployments: jest.fn(async () => [deployment]) };
    await renderInTestApp(
      <EntityProvider entity={entity}>
        <DoraEntityContent />
      </EntityProvider>,
      {
        apis: [
          [doraApiRef, api as any],
          [claimsApiRef, claims()],
        ],
      },
    );
    const frequency = await screen.findByRole('group', { name: 'Deployment frequency' });
    expect(within(frequency).getByText('2.5 days/week')).toBeInTheDocument();
    expect(within(frequency).getByText('high')).toBeInTheDocument();
    expect(within(frequency).getByText('▲ better (was 1.5 days/week)')).toBeInTheDocument();
    const failures = screen.getByRole('group', { name: 'Change failure rate' });
    expect(within(failures).getByText('50%')).toBeInTheDocument();
    expect(within(failures).getByText('low')).toBeInTheDocument();
    expect(within(failures).getByText('▼ worse (was 25%)')).toBeInTheDocument();
    expect(within(failures).getByText('3 of 6 deployments failed')).toBeInTheDocument();
    const lead = screen.getByRole('group', { name: 'Lead time for changes' });
    expect(within(lead).getByText('4.0 h')).toBeInTheDocument();
    expect(within(lead).getByText('= same (was 4.0 h)')).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Deployment rework rate' })).getByText('no published band')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Deployment frequency by week: 3.0 days/week, 2.0 days/week' })).toBeInTheDocument();

    const table = await screen.findByRole('table', { name: 'Production deployments' });
    expect(within(table).getByRole('link', { name: /c2a9f00d/ })).toHaveAttribute('href', deployment.url);
    expect(within(table).getByRole('link', { name: /Incident 7/ })).toBeInTheDocument();
    expect(within(table).getByText(/restored 2.0 h later/)).toBeInTheDocument();
  });

  it('asks again for the window the user picks', async () => {
    const api = { getEntityView: jest.fn(async () => view), getDeployments: jest.fn(async () => []) };
    await renderInTestApp(
      <EntityProvider entity={entity}>
        <DoraEntityContent />
      </EntityProvider>,
      {
        apis: [
          [doraApiRef, api as any],
          [claimsApiRef, claims()],
        ],
      },
    );
    await screen.findByText('No production deployments in this window.');
    fireEvent.mouseDown(screen.getByRole('button', { name: /Last 30 days/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Last 90 days' }));
    await waitFor(() => expect(api.getEntityView).toHaveBeenLastCalledWith('component:default/payments-api', 90, '2024'));
    expect(api.getDeployments).toHaveBeenLastCalledWith('component:default/payments-api', 90);
  });
});
