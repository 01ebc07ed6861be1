import { TestDatabases, mockServices } from '@backstage/backend-test-utils';
import { DatabaseClaimStore } from './ClaimStore';

jest.setTimeout(60_000);

describe.each(TestDatabases.create().eachSupportedId())('DatabaseClaimStore on %s', databaseId => {
  const databases = TestDatabases.create({ ids: [databaseId] });
  const storeFor = async () => DatabaseClaimStore.create(mockServices.database({ knex: await databases.init(databaseId) }));

  it('keeps one approved entity per resource, and withdraws it', async () => {
    const store = await storeFor();
    await store.approve({ kind: 'cost-tag', value: 'fraud-detector', entityRef: 'component:default/a', approvedBy: 'user:default/alice' }, 1_000);
    await store.approve({ kind: 'cost-tag', value: 'fraud-detector', entityRef: 'component:default/b', approvedBy: 'user:default/alice' }, 2_000);
    await store.approve({ kind: 'entity', value: 'component:default/b', entityRef: 'component:default/b', approvedBy: 'user:default/alice' }, 3_000);
    expect(await store.approvals()).toEqual([
      {
        kind: 'cost-tag',
        value: 'fraud-detector',
        entityRef: 'component:default/b',
        approvedBy: 'user:default/alice',
        approvedAt: new Date(2_000).toISOString(),
      },
      {
        kind: 'entity',
        value: 'component:default/b',
        entityRef: 'component:default/b',
        approvedBy: 'user:default/alice',
        approvedAt: new Date(3_000).toISOString(),
      },
    ]);
    expect(await store.withdraw('cost-tag', 'fraud-detector')).toBe(true);
    expect(await store.withdraw('cost-tag', 'fraud-detector')).toBe(false);
    expect((await store.approvals()).map(a => a.kind)).toEqual(['entity']);
  });

  it("replaces an outside system's facts of a kind, or only those it reports again", async () => {
    const store = await storeFor();
    await store.putFacts('argocd-app', [
      { value: 'a-prod', entityRefs: ['component:default/a'], repositories: ['github.com/acme/a'], labels: { environment: 'prod' } },
      { value: 'b-prod', repositories: [] },
    ]);
    await store.putFacts('argocd-app', [{ value: 'b-prod', entityRefs: ['component:default/b'] }], { partial: true });
    expect((await store.facts('argocd-app')).sort((x, y) => (x.value < y.value ? -1 : 1))).toEqual([
      { value: 'a-prod', entityRefs: ['component:default/a'], repositories: ['github.com/acme/a'], labels: { environment: 'prod' } },
      { value: 'b-prod', entityRefs: ['component:default/b'] },
    ]);
    await store.putFacts('argocd-app', [{ value: 'c-prod' }]);
    expect(await store.facts('argocd-app')).toEqual([{ value: 'c-prod' }]);
    expect(await store.facts('datadog-service')).toEqual([]);
  });
});
