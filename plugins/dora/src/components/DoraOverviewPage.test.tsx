import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { DoraOverview, DoraSummary, bandsOf } from '@internal/plugin-dora-common';
import { screen, within } from '@testing-library/react';
import { doraApiRef } from '../api';
import { DoraOverviewPage } from './DoraOverviewPage';

const summary = (deployments: number, failed: number): DoraSummary => ({
  from: 0,
  to: 0,
  deployments,
  deploymentDays: deployments,
  medianDeploymentDaysPerWeek: deployments / 4,
  meanDeploymentDaysPerWeek: deployments / 4,
  leadTime: { changes: deployments, median: 3600_000 },
  changeFailureRate: failed / deployments,
  failedDeployments: failed,
  recoveryTime: { recovered: failed, open: 0, median: 1800_000 },
  reworkRate: 0,
  reworkDeployments: 0,
});
const overview: DoraOverview = {
  window: 30,
  report: '2024',
  org: { services: 12, summary: summary(20, 2), bands: bandsOf(summary(20, 2), '2024') },
  teams: [
    { groupRef: 'group:default/payments-team', title: 'Payments', services: 3, summary: summary(16, 1), bands: bandsOf(summary(16, 1), '2024') },
    { groupRef: 'group:default/checkout-team', services: 4, summary: summary(4, 1), bands: bandsOf(summary(4, 1), '2024') },
  ],
};

describe('DoraOverviewPage', () => {
  it('ranks teams and links each to its DORA tab; non-admins never ask for unmapped events', async () => {
    const api = {
      getOverview: jest.fn(async () => overview),
      getUnmapped: jest.fn(async () => {
        throw new Error('Not allowed: dora.unmapped.list');
      }),
    };
    const permissions = mockApis.permission({ authorize: AuthorizeResult.DENY });
    await renderInTestApp(<DoraOverviewPage />, {
      apis: [
        [doraApiRef, api as any],
        [permissionApiRef, permissions],
      ],
    });
    expect(await screen.findByText('Whole organisation (12 components)')).toBeInTheDocument();
    const rows = within(screen.getByRole('table', { name: 'Teams ranked by DORA bands' })).getAllByRole('row');
    expect(within(rows[1]).getByRole('link', { name: 'Payments' })).toHaveAttribute('href', '/catalog/default/group/payments-team/dora');
    expect(within(rows[1]).getByText('4.0 days/week')).toBeInTheDocument();
    expect(within(rows[2]).getByRole('link', { name: 'checkout-team' })).toBeInTheDocument();
    expect(screen.queryByText('Events no component claims')).not.toBeInTheDocument();
    // A refused request would show in the browser's console as a 403 on every visit.
    expect(api.getUnmapped).not.toHaveBeenCalled();
  });

  it('shows admins the events no component claims', async () => {
    const api = {
      getOverview: jest.fn(async () => overview),
      getUnmapped: jest.fn(async () => ({
        sources: [{ serviceKind: 'github', serviceKey: 'acme/unknown', deployments: 2, changes: 5, incidents: 0, lastSeenAt: 0 }],
        unreadable: [],
      })),
    };
    const permissions = mockApis.permission({ authorize: AuthorizeResult.ALLOW });
    await renderInTestApp(<DoraOverviewPage />, {
      apis: [
        [doraApiRef, api as any],
        [permissionApiRef, permissions],
      ],
    });
    expect(await screen.findByText('Events no component claims')).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'acme/unknown' })).toBeInTheDocument();
  });
});
