import { renderInTestApp } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { screen, within } from '@testing-library/react';
import { claimsApiRef } from '../api';
import { EntityClaimsCard } from './EntityClaimsCard';

const entity = { apiVersion: 'backstage.io/v1alpha1', kind: 'Component', metadata: { name: 'deploy-helper', namespace: 'default' }, spec: {} };

describe('EntityClaimsCard', () => {
  it('lists what the entity claims, whether each claim is verified, who else claims it, and how to verify it', async () => {
    const getEntityClaims = jest.fn(async () => [
      {
        kind: 'argocd-app',
        value: 'checkout-api-prod',
        status: 'unverified',
        reason: 'nothing vouches for the claim',
        mayAct: false,
        howToVerify: 'Add the annotation portal/entity-ref.',
        others: [{ entityRef: 'component:default/checkout-api', status: 'verified', strength: 2, reason: 'configured' }],
      },
      {
        kind: 'cost-tag',
        value: 'deploy-helper',
        status: 'verified',
        reason: "the entity's catalog file is in a repository of the organisation",
        mayAct: false,
        others: [],
      },
    ]);
    await renderInTestApp(
      <EntityProvider entity={entity}>
        <EntityClaimsCard />
      </EntityProvider>,
      { apis: [[claimsApiRef, { getEntityClaims } as any]] },
    );
    const argo = (await screen.findByText('Argo CD application checkout-api-prod')).closest('tr')!;
    expect(within(argo).getByText('unverified')).toBeInTheDocument();
    expect(within(argo).getByText('Also claimed by component:default/checkout-api (verified)')).toBeInTheDocument();
    expect(within(argo).getByText('Add the annotation portal/entity-ref.')).toBeInTheDocument();
    const cost = screen.getByText('cost tag deploy-helper').closest('tr')!;
    expect(within(cost).getByText('verified')).toBeInTheDocument();
    expect(getEntityClaims).toHaveBeenCalledWith('component:default/deploy-helper');
  });
});
