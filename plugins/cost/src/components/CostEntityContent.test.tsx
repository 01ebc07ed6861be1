import { renderInTestApp } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { CostEntityView, zeroAmounts } from '@internal/plugin-cost-common';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { costApiRef } from '../api';
import { CostEntityContent } from './CostEntityContent';
import { claimsApiRef } from '@internal/plugin-claims';

const view: CostEntityView = {
  entityRef: 'component:default/payments-api',
  scope: 'service',
  currency: 'USD',
  month: '2026-11',
  thisMonth: { ...zeroAmounts(), compute: 250, storage: 30 },
  lastMonth: { ...zeroAmounts(), compute: 310 },
  monthToDate: 280,
  forecast: 600,
  lastDay: '2026-11-14',
  monthOverMonth: { change: 290 / 310, significant: true, thresholdPercent: 20 },
  daily: [
    { date: '2026-11-13', amounts: { ...zeroAmounts(), compute: 20 } },
    { date: '2026-11-14', amounts: { ...zeroAmounts(), compute: 25 } },
  ],
  canEditBudget: true,
  peers: { type: 'service', lifecycle: 'production', peers: 4, median: 120, percentile: 75, value: 310 },
  services: ['component:default/payments-api'],
  sources: [
    { source: 'opencost', lastSuccessAt: Date.now() - 2 * 3600_000, stale: false },
    { source: 'aws', lastSuccessAt: Date.now() - 3 * 86400_000, lastError: 'Cost Explorer answered 503', stale: true },
  ],
};
const entity = { apiVersion: 'backstage.io/v1alpha1', kind: 'Component', metadata: { name: 'payments-api', namespace: 'default' }, spec: {} };

/** The entity's claims: none, unless given. */
const claims = (list: object[] = []) => ({ getEntityClaims: jest.fn(async () => list) } as any);

describe('CostEntityContent', () => {
  it("says when the entity's claim on a cost tag is not verified, and how to verify it", async () => {
    const api = { getEntityView: jest.fn(async () => view) };
    const unverified = {
      kind: 'cost-tag',
      value: 'fraud-detector',
      status: 'unverified',
      reason: 'nothing vouches for the claim',
      mayAct: false,
      others: [],
      howToVerify: 'Ask a platform admin.',
    };
    const verified = { ...unverified, kind: 'cost-tag', value: 'payments-api', status: 'verified', howToVerify: undefined };
    await renderInTestApp(
      <EntityProvider entity={entity}>
        <CostEntityContent />
      </EntityProvider>,
      {
        apis: [
          [costApiRef, api as any],
          [claimsApiRef, claims([unverified, verified, { ...unverified, kind: 'argocd-app' }])],
        ],
      },
    );
    expect(
      await screen.findByText(
        "This entity's claim on the cost tag fraud-detector is unverified (nothing vouches for the claim), so its data is not shown here. Ask a platform admin.",
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/payments-api is/)).not.toBeInTheDocument();
    expect(screen.queryByText(/Argo CD application/)).not.toBeInTheDocument();
  });

  it('shows the months, forecast with a highlighted change, peers, freshness, and lets an owner set a budget', async () => {
    const withBudget: CostEntityView = {
      ...view,
      budget: { entityRef: view.entityRef, monthlyAmount: 500, thresholds: [0.8, 1] },
      budgetStatus: {
        status: 'at-risk',
        used: 0.56,
        crossed: [
          { threshold: 0.8, basis: 'forecast' },
          { threshold: 1, basis: 'forecast' },
        ],
      },
    };
    const api = { getEntityView: jest.fn(async () => view), setBudget: jest.fn(async () => withBudget) };
    await renderInTestApp(
      <EntityProvider entity={entity}>
        <CostEntityContent />
      </EntityProvider>,
      {
        apis: [
          [costApiRef, api as any],
          [claimsApiRef, claims()],
        ],
      },
    );
    const month = await screen.findByRole('group', { name: 'This month (2026-11) so far' });
    expect(within(month).getByText('$280.00')).toBeInTheDocument();
    expect(within(month).getByRole('img', { name: 'This month by category: compute $250.00, storage $30.00' })).toBeInTheDocument();
    const forecast = screen.getByRole('group', { name: 'End-of-month forecast' });
    expect(within(forecast).getByText('$600.00')).toBeInTheDocument();
    expect(within(forecast).getByTitle('A change of 20% or more')).toHaveTextContent('+94% vs last month');
    expect(within(screen.getByRole('group', { name: 'Similar services (service, production)' })).getByText('75th percentile')).toBeInTheDocument();
    expect(screen.getByText('aws: data may be stale (last refreshed 3 days ago): Cost Explorer answered 503')).toBeInTheDocument();
    expect(screen.getByText('opencost: refreshed 2 h ago')).toBeInTheDocument();
    expect(screen.getByText('No budget set.')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Set a budget' }));
    fireEvent.change(screen.getByLabelText('Monthly budget (USD)'), { target: { value: '500' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save budget' }));
    await waitFor(() => expect(api.setBudget).toHaveBeenCalledWith('component:default/payments-api', { monthlyAmount: 500, thresholds: [0.8, 1] }));
    expect(await screen.findByText('At risk')).toBeInTheDocument();
    expect(screen.getByText(/Forecast to reach 80% of the budget. Forecast to reach 100% of the budget/)).toBeInTheDocument();
  });

  it('shows a group its showback, sortable, and nobody but owners the budget form', async () => {
    const api = {
      getEntityView: jest.fn(async () => ({ ...view, scope: 'group', peers: undefined, canEditBudget: false })),
      getShowback: jest.fn(async () => ({
        entityRef: 'group:default/payments-team',
        currency: 'USD',
        month: '2026-11',
        rows: [
          { entityRef: 'component:default/payments-api', lastMonth: 310, monthToDate: 280, forecast: 600, thisMonth: zeroAmounts() },
          { entityRef: 'component:default/ledger', lastMonth: 0, monthToDate: 70, forecast: 150, thisMonth: zeroAmounts(), budgetStatus: 'ok' },
        ],
        total: { lastMonth: 310, monthToDate: 350, forecast: 750 },
      })),
    };
    await renderInTestApp(
      <EntityProvider entity={{ ...entity, kind: 'Group', metadata: { name: 'payments-team', namespace: 'default' } }}>
        <CostEntityContent />
      </EntityProvider>,
      {
        apis: [
          [costApiRef, api as any],
          [claimsApiRef, claims()],
        ],
      },
    );
    const table = await screen.findByRole('table', { name: 'Showback' });
    const names = () =>
      within(table)
        .getAllByRole('link')
        .map(l => l.textContent);
    expect(names()).toEqual(['payments-api', 'ledger']);
    fireEvent.click(within(table).getByRole('button', { name: 'Component' }));
    expect(names()).toEqual(['ledger', 'payments-api']);
    expect(within(table).getByText('$350.00')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Set a budget' })).not.toBeInTheDocument();
  });
});
