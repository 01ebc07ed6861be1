import { renderInTestApp } from '@backstage/frontend-test-utils';
import { catalogUnprocessedEntitiesApiRef } from '@backstage/plugin-catalog-unprocessed-entities';
import { screen } from '@testing-library/react';
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

describe('CatalogHealthPage', () => {
  it('shows each entity that could not be processed with its error and source file', async () => {
    await renderInTestApp(<CatalogHealthPage />, {
      apis: [[catalogUnprocessedEntitiesApiRef, api([], [orphan])]],
    });
    expect(await screen.findByText('component:default/orphaned-worker')).toBeInTheDocument();
    expect(screen.getByText("/spec must have required property 'owner'")).toBeInTheDocument();
    expect(screen.getByText('file:/repo/broken/catalog-info.yaml')).toBeInTheDocument();
    expect(screen.getByText(/1 entity could not be processed/)).toBeInTheDocument();
  });

  it('says so when everything was processed', async () => {
    await renderInTestApp(<CatalogHealthPage />, {
      apis: [[catalogUnprocessedEntitiesApiRef, api([], [])]],
    });
    expect(await screen.findByText(/processed without errors/)).toBeInTheDocument();
  });

  it('shows a clear error when the catalog cannot be reached', async () => {
    const failing = { ...api([], []), pending: async () => { throw new Error('503 Service Unavailable'); } };
    await renderInTestApp(<CatalogHealthPage />, {
      apis: [[catalogUnprocessedEntitiesApiRef, failing]],
    });
    expect(await screen.findByText(/Could not read the catalog's processing state: 503/)).toBeInTheDocument();
  });
});
