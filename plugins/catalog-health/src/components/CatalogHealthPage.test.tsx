import { renderInTestApp } from '@backstage/frontend-test-utils';
import { claimsApiRef } from '@internal/plugin-claims';
import { catalogUnprocessedEntitiesApiRef } from '@backstage/plugin-catalog-unprocessed-entities';
import { fireEvent, screen, within } from '@testing-library/react';
import { CatalogHealthPage } from './CatalogHealthPage';

const orphan = {
  entity_id: '1',
  entity_ref: '',
  unprocessed_entity: {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'orphaned-worker',
      annotations: { 'backstage.io/managed-by-origin-location': 'file:/repo/broken/catalog-info.yaml' },
    },
  },
  next_update_at: '',
  last_discovery_at: '',
  errors: [{ name: 'InputError', message: "/spec must have required property 'owner'", cause: { name: 'TypeError', message: '', stack: '' } }],
};

function api(failed: object[], pending: object[]) {
  return {
    failed: async () => ({ type: 'failed' as const, entities: failed as any }),
    pending: async () => ({ type: 'pending' as const, entities: pending as any }),
    delete: async () => {},
  };
}

/** The claims API with no conflicts, unless given some. */
function claims(conflicts: object[] = [], mayApprove = false) {
  return { getConflicts: jest.fn(async () => ({ conflicts, mayApprove })), approve: jest.fn(async () => ({})) } as any;
}
const noConflicts = [claimsApiRef, claims()] as const;

describe('CatalogHealthPage', () => {
  it('shows each entity that could not be processed with its error and source file', async () => {
    await renderInTestApp(<CatalogHealthPage />, {
      apis: [[catalogUnprocessedEntitiesApiRef, api([], [orphan])], noConflicts],
    });
    expect(await screen.findByText('component:default/orphaned-worker')).toBeInTheDocument();
    expect(screen.getByText("/spec must have required property 'owner'")).toBeInTheDocument();
    expect(screen.getByText('file:/repo/broken/catalog-info.yaml')).toBeInTheDocument();
    expect(screen.getByText(/1 entity could not be processed/)).toBeInTheDocument();
  });

  it('says so when everything was processed', async () => {
    await renderInTestApp(<CatalogHealthPage />, {
      apis: [[catalogUnprocessedEntitiesApiRef, api([], [])], noConflicts],
    });
    expect(await screen.findByText(/processed without errors/)).toBeInTheDocument();
  });

  it('shows a clear error when the catalog cannot be reached', async () => {
    const failing = {
      ...api([], []),
      pending: async () => {
        throw new Error('503 Service Unavailable');
      },
    };
    await renderInTestApp(<CatalogHealthPage />, {
      apis: [[catalogUnprocessedEntitiesApiRef, failing], noConflicts],
    });
    expect(await screen.findByText(/Could not read the catalog's processing state: 503/)).toBeInTheDocument();
  });

  it('lists the claims to settle; an admin approves the right one, and the list follows', async () => {
    const contested = {
      kind: 'cost-tag',
      value: 'fraud-detector',
      owner: 'component:default/fraud-detector',
      claimants: [
        { entityRef: 'component:default/fraud-detector', status: 'verified', strength: 2, reason: "the entity is in the portal's configuration" },
        { entityRef: 'component:default/aaa-cost-claim', status: 'unverified', strength: 0, reason: 'nothing vouches for the claim' },
      ],
    };
    const claimsApi = claims([contested], true);
    claimsApi.getConflicts.mockResolvedValueOnce({ conflicts: [contested], mayApprove: true }).mockResolvedValue({ conflicts: [], mayApprove: true });
    await renderInTestApp(<CatalogHealthPage />, {
      apis: [
        [catalogUnprocessedEntitiesApiRef, api([], [])],
        [claimsApiRef, claimsApi],
      ],
    });
    // Two tables render first; on a loaded machine that takes longer than findBy's default second.
    const row = await screen.findByRole('row', { name: /cost tag fraud-detector/ }, { timeout: 10_000 });
    expect(within(row).getByText('component:default/aaa-cost-claim: unverified (nothing vouches for the claim)')).toBeInTheDocument();
    expect(within(row).queryByRole('button', { name: 'Approve component:default/fraud-detector for fraud-detector' })).not.toBeInTheDocument();
    fireEvent.click(within(row).getByRole('button', { name: 'Approve component:default/aaa-cost-claim for fraud-detector' }));
    expect(await screen.findByText("component:default/aaa-cost-claim's claim on cost tag fraud-detector is approved.")).toBeInTheDocument();
    expect(claimsApi.approve).toHaveBeenCalledWith({ kind: 'cost-tag', value: 'fraud-detector', entityRef: 'component:default/aaa-cost-claim' });
    expect(await screen.findByText('Every claim on an outside resource is verified and uncontested.')).toBeInTheDocument();
  });

  it('offers no approvals to people who may not approve', async () => {
    const claimsApi = claims([
      { kind: 'argocd-app', value: 'x', claimants: [{ entityRef: 'component:default/a', status: 'contested', strength: 1, reason: 'r' }] },
    ]);
    await renderInTestApp(<CatalogHealthPage />, {
      apis: [
        [catalogUnprocessedEntitiesApiRef, api([], [])],
        [claimsApiRef, claimsApi],
      ],
    });
    expect(await screen.findByText('component:default/a: contested (r)')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Approve/ })).not.toBeInTheDocument();
  });
});
