import { coreServices, createServiceFactory } from '@backstage/backend-plugin-api';
import { TestDatabases, mockCredentials, mockServices, startTestBackend } from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogModuleUnprocessed from '@backstage/plugin-catalog-backend-module-unprocessed';
import searchPlugin from '@backstage/plugin-search-backend';
import searchModulePg from '@backstage/plugin-search-backend-module-pg';
import searchModuleCatalog from '@backstage/plugin-search-backend-module-catalog';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import request from 'supertest';
import path from 'node:path';

jest.setTimeout(120_000);

const root = path.resolve(__dirname, '../../..');
const location = (file: string, allow?: string[]) => ({
  type: 'file',
  target: path.join(root, file),
  ...(allow && { rules: [{ allow }] }),
});

// The demo organisation loaded by the real catalog, and searched by the real search backend,
// on every database the portal supports: SQLite on a laptop, PostgreSQL in production.
describe.each(TestDatabases.create().eachSupportedId())('catalog and search on %s', databaseId => {
  const databases = TestDatabases.create({ ids: [databaseId] });
  let backend: Awaited<ReturnType<typeof startTestBackend>>;
  const service = mockCredentials.service.header();

  beforeAll(async () => {
    backend = await startTestBackend({
      features: [
        catalogPlugin,
        catalogModuleUnprocessed,
        searchPlugin,
        searchModulePg,
        searchModuleCatalog,
        // The real scheduler, so the search collators run on their schedule.
        schedulerServiceFactory,
        // Each plugin gets a database of its own, as in production.
        createServiceFactory({
          service: coreServices.database,
          deps: {},
          async factory() {
            const knex = await databases.init(databaseId);
            return { getClient: async () => knex };
          },
        }),
        mockServices.rootConfig.factory({
          data: {
            catalog: {
              rules: [{ allow: ['Component', 'System', 'API', 'Resource', 'Domain', 'Location'] }],
              locations: [
                location('demo/catalog/org.yaml', ['User', 'Group']),
                location('demo/catalog/systems.yaml'),
                location('demo/catalog/components.yaml'),
                location('demo/catalog/apis.yaml'),
                location('demo/catalog/resources.yaml'),
                location('demo/catalog/broken/catalog-info.yaml'),
              ],
            },
            search: {
              collators: {
                catalog: { schedule: { frequency: { seconds: 5 }, timeout: { minutes: 1 }, initialDelay: { seconds: 1 } } },
              },
            },
          },
        }),
      ],
    });
  });

  afterAll(async () => {
    await backend?.stop();
  });

  async function eventually<T>(probe: () => Promise<T | undefined>, what: string): Promise<T> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const value = await probe();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise(r => setTimeout(r, 500));
    }
  }

  it('loads every valid demo entity with its relations', async () => {
    const components = await eventually(async () => {
      const res = await request(backend.server).get('/api/catalog/entities/by-query?filter=kind=component&limit=100').set('Authorization', service);
      return res.body.items?.length >= 12 ? res.body.items : undefined;
    }, 'the demo components');
    expect(components.map((c: any) => c.metadata.name)).toContain('payments-api');

    const payments = await eventually(async () => {
      const res = await request(backend.server).get('/api/catalog/entities/by-name/component/default/payments-api').set('Authorization', service);
      return res.body.relations?.some((r: any) => r.type === 'dependsOn') ? res.body : undefined;
    }, 'the relations of payments-api');
    const relations = payments.relations.map((r: any) => `${r.type} ${r.targetRef}`);
    expect(relations).toEqual(
      expect.arrayContaining([
        'providesApi api:default/payments-api',
        'consumesApi api:default/fraud-scoring-api',
        'dependsOn resource:default/payments-db',
        'ownedBy group:default/payments-team',
        'partOf system:default/payment-gateway',
      ]),
    );
  });

  it('reports the malformed entity as a processing error and keeps it out of the catalog', async () => {
    // An entity that never passed validation is "pending" with errors; one that failed a later
    // refresh is "failed". Catalog health shows both.
    const withErrors = await eventually(async () => {
      const res = await request(backend.server).get('/api/catalog/entities/unprocessed/pending').set('Authorization', service);
      const found = res.body.entities?.filter((e: any) => e.errors?.length);
      return found?.length ? found : undefined;
    }, 'the processing error');
    expect(withErrors).toHaveLength(1);
    expect(withErrors[0].unprocessed_entity.metadata.name).toBe('orphaned-worker');
    expect(JSON.stringify(withErrors[0].errors)).toContain("must have required property 'owner'");
    const res = await request(backend.server).get('/api/catalog/entities/by-name/component/default/orphaned-worker').set('Authorization', service);
    expect(res.status).toBe(404);
  });

  it('finds components through search', async () => {
    const results = await eventually(async () => {
      const res = await request(backend.server)
        .get('/api/search/query?term=ledger&types[0]=software-catalog')
        .set('Authorization', mockCredentials.user.header());
      // The first index may be built while the catalog is still loading; wait for a later one.
      const titles: string[] = (res.body.results ?? []).map((r: any) => r.document.title);
      return titles.includes('Ledger Service') ? res.body.results : undefined;
    }, 'Ledger Service in the search results');
    const ledger = results.find((r: any) => r.document.title === 'Ledger Service');
    expect(ledger.document.location).toBe('/catalog/default/component/ledger-service');
  });
});
