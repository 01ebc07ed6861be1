import { mockServices } from '@backstage/backend-test-utils';
import { ClaimStore } from '../database/ClaimStore';
import { ClaimIndex } from './ClaimIndex';

const store: ClaimStore = { approvals: async () => [], approve: jest.fn(), withdraw: jest.fn(), facts: async () => [], putFacts: jest.fn() };
const entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'billing', annotations: { 'cost/tag': 'billing', 'backstage.io/managed-by-origin-location': 'file:/org/catalog-info.yaml' } },
  spec: {},
};

describe('ClaimIndex', () => {
  it('reads the catalog again at the next question when a read failed, instead of failing until the next schedule', async () => {
    const getEntities = jest
      .fn()
      .mockRejectedValueOnce(new Error('catalog unavailable'))
      .mockResolvedValue({ items: [entity] });
    const index = new ClaimIndex({
      catalog: { getEntities } as any,
      auth: mockServices.auth(),
      store,
      rules: { configuredLocations: new Set(['file:/org/catalog-info.yaml']), trustedRepositories: [] },
    });
    await expect(index.resolveKind('cost-tag')).rejects.toThrow('catalog unavailable');
    expect((await index.resolveKind('cost-tag')).get('billing')?.owner).toBe('component:default/billing');
    expect(getEntities).toHaveBeenCalledTimes(2);
  });
});
