import { renderInTestApp } from '@backstage/frontend-test-utils';
import { EntityProvider, catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { screen } from '@testing-library/react';
import { RelationWarning } from './RelationWarning';

const api = (name: string) => ({ apiVersion: 'backstage.io/v1alpha1', kind: 'API', metadata: { name, namespace: 'default' }, spec: {} });
const payments = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'payments-api', namespace: 'default' },
  spec: {},
  relations: [
    { type: 'consumesApi', targetRef: 'api:default/ledger-events' },
    // Confidential: the reader may not see it, so the catalog does not return it.
    { type: 'consumesApi', targetRef: 'api:default/fraud-scoring-api' },
  ],
};

describe('RelationWarning', () => {
  it('counts relations to entities the reader cannot see, and names none of them', async () => {
    await renderInTestApp(
      <EntityProvider entity={payments}>
        <RelationWarning />
      </EntityProvider>,
      { apis: [[catalogApiRef, catalogApiMock({ entities: [api('ledger-events')] })]] },
    );
    expect(await screen.findByText('This entity has a relation to an entity that is not in the catalog, or that you may not see.')).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('fraud-scoring-api');
  });

  it('says nothing when every related entity can be read', async () => {
    await renderInTestApp(
      <EntityProvider entity={payments}>
        <RelationWarning />
        <span>rendered</span>
      </EntityProvider>,
      { apis: [[catalogApiRef, catalogApiMock({ entities: [api('ledger-events'), api('fraud-scoring-api')] })]] },
    );
    expect(await screen.findByText('rendered')).toBeInTheDocument();
    expect(screen.queryByText(/relation/)).not.toBeInTheDocument();
  });
});
