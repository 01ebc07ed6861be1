import { actionsRegistryServiceFactory } from '@backstage/backend-defaults/alpha';
import { TestDatabases, mockCredentials, mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { createServiceFactory } from '@backstage/backend-plugin-api';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { notificationService } from '@backstage/plugin-notifications-node';
import { portalPolicyForTests } from '@internal/plugin-permission-backend-module-portal-policy/testUtils';
import { assertRoutesMatchSpec, specRequest } from '@internal/api-contract-testing';
import { createRouter } from './router';
import { spec } from './schema/openapi.generated';

/** supertest, with every answer checked against the plugin's spec. */
const request = (server: Parameters<typeof specRequest>[0]) => specRequest(server, spec);
import { costPlugin } from './plugin';
import claimsPlugin from '@internal/plugin-claims-backend';
import { CONFIGURED_LOCATION, days, entities, focusCsv } from './__testUtils__/catalog';

jest.setTimeout(60_000);

const { userInfo, authorize } = portalPolicyForTests({
  'user:default/carol': ['group:default/payments-team'],
  'user:default/erin': ['group:default/checkout-team'],
  'user:default/alice': ['group:default/platform-admins'],
});
const as = (user: string) => mockCredentials.user.header(`user:default/${user}`);

// Mid-November: October is last month, November 1-14 has data.
const NOW = Date.parse('2026-11-15T12:00:00Z');

/**
 * By hand: payments-api spent 10 a day in October (310) and 20 a day from November 1 to 14 (280);
 * the last seven days average 20, so November is forecast at 280 + 16 x 20 = 600, up 93.5%.
 * ledger (owned by a sub-group of the payments team) spent 5 a day in November (70).
 */
const upload = focusCsv([
  ...days('2026-10-01', '2026-10-31').map(date => ({ date, tag: 'payments-api', category: 'Compute', cost: 10 })),
  ...days('2026-11-01', '2026-11-14').map(date => ({ date, tag: 'payments-api', category: 'Compute', cost: 20 })),
  ...days('2026-11-01', '2026-11-14').map(date => ({ date, tag: 'ledger', category: 'Storage', cost: 5 })),
  ...days('2026-11-01', '2026-11-14').map(date => ({ date, tag: 'checkout-api', category: 'Networking', cost: 3 })),
  { date: '2026-11-03', category: 'Compute', cost: 8 },
]);

describe.each(TestDatabases.create().eachSupportedId())('cost API on %s', databaseId => {
  const databases = TestDatabases.create({ ids: [databaseId] });
  let server: any;
  let stop: () => Promise<void>;
  let send: jest.Mock;
  let refreshMap: () => Promise<void>;

  beforeEach(async () => {
    jest.spyOn(Date, 'now').mockReturnValue(NOW);
    send = jest.fn(async () => undefined);
    const tasks: Record<string, () => Promise<void>> = {};
    const backend = await startTestBackend({
      features: [
        costPlugin,
        // The real claims backend: it settles which component each tag belongs to.
        claimsPlugin,
        // The real registry: its actions answer over HTTP, as the assistant and MCP clients call them.
        actionsRegistryServiceFactory,
        mockServices.rootConfig.factory({
          data: {
            catalog: { locations: [{ type: 'file', target: CONFIGURED_LOCATION }] },
            cost: {
              currency: 'USD',
              priceTable: { cpuMonthly: 24, memoryGiBMonthly: 3, storageGiBMonthly: 0.1, sizes: { small: { cpu: 0.5, memoryGiB: 1 } } },
            },
          },
        }),
        mockServices.database.factory({ knex: await databases.init(databaseId) }),
        catalogServiceMock.factory({ entities }),
        mockServices.userInfo.mock(userInfo).factory,
        mockServices.permissions.mock({ authorize: authorize as any, authorizeConditional: authorize as any }).factory,
        mockServices.scheduler.mock({
          async scheduleTask(task) {
            tasks[task.id] = () => task.fn(new AbortController().signal) as Promise<void>;
          },
        }).factory,
        createServiceFactory({ service: notificationService, deps: {}, factory: () => ({ send }) }),
      ],
    });
    server = backend.server;
    stop = () => backend.stop();
    refreshMap = () => tasks['cost-dimension-map']();
    await refreshMap();
  });
  afterEach(async () => {
    await stop();
    jest.restoreAllMocks();
  });

  const importAs = (user: string, body = upload) =>
    request(server).post('/api/cost/focus/import?name=billing').set('Authorization', as(user)).set('Content-Type', 'text/csv').send(body);
  const view = (entityRef: string, user = 'carol') => request(server).get(`/api/cost/entity?entityRef=${entityRef}`).set('Authorization', as(user));
  const setBudget = (entityRef: string, user: string, body: object) =>
    request(server).put(`/api/cost/budgets?entityRef=${entityRef}`).set('Authorization', as(user)).send(body);

  it('shows a component its months, forecast, change, trend and peers', async () => {
    expect((await importAs('carol')).status).toBe(403);
    const imported = await importAs('alice');
    expect(imported.status).toBe(200);
    expect(imported.body).toMatchObject({ rows: 74, imported: 74, rejected: [], range: { from: '2026-10-01', to: '2026-11-14' } });

    const res = await view('component:default/payments-api');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      scope: 'service',
      month: '2026-11',
      currency: 'USD',
      thisMonth: { compute: 280, memory: 0, storage: 0, network: 0, other: 0 },
      lastMonth: { compute: 310 },
      monthToDate: 280,
      forecast: 600,
      lastDay: '2026-11-14',
      monthOverMonth: { significant: true, thresholdPercent: 20 },
      canEditBudget: true,
      peers: { type: 'service', lifecycle: 'production', peers: 2, median: 0, percentile: 100, value: 310 },
      sources: [expect.objectContaining({ source: 'focus-upload:billing', stale: false })],
    });
    expect(res.body.monthOverMonth.change).toBeCloseTo(290 / 310);
    // The same view through the actions registry, for the assistant and MCP clients.
    const action = await request(server)
      .post('/api/cost/.backstage/actions/v1/actions/cost:get-entity-cost/invoke')
      .set('Authorization', as('carol'))
      .send({ entityRef: 'component:default/payments-api' });
    expect(action.status).toBe(200);
    expect(action.body.output).toMatchObject({ monthToDate: 280, forecast: 600, thisMonth: res.body.thisMonth, canEditBudget: false });
    expect(res.body.daily).toHaveLength(90);
    expect(res.body.daily[res.body.daily.length - 1]).toEqual({ date: '2026-11-15', amounts: expect.objectContaining({ compute: 0 }) });
    expect((await view('component:default/payments-api', 'erin')).body.canEditBudget).toBe(false);
  });

  it("rolls a team up over its sub-groups' components, with a sortable showback and CSV", async () => {
    await importAs('alice');
    const team = await view('group:default/payments-team');
    expect(team.body).toMatchObject({ scope: 'group', monthToDate: 350, thisMonth: { compute: 280, storage: 70 } });
    const showback = await request(server).get('/api/cost/showback?entityRef=group:default/payments-team').set('Authorization', as('erin'));
    expect(showback.body.rows.map((r: any) => [r.entityRef, r.monthToDate, r.lastMonth])).toEqual([
      ['component:default/payments-api', 280, 310],
      ['component:default/ledger', 70, 0],
    ]);
    expect(showback.body.total).toMatchObject({ monthToDate: 350, lastMonth: 310 });
    const csv = await request(server).get('/api/cost/showback.csv?entityRef=group:default/payments-team').set('Authorization', as('erin'));
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text.split('\r\n').slice(0, 3)).toEqual([
      'entity,title,type,last_month,month_to_date,forecast,compute,memory,storage,network,other,budget_status',
      'component:default/payments-api,payments-api,service,310.00,280.00,600.00,280.00,0.00,0.00,0.00,0.00,',
      'component:default/ledger,ledger,service,0.00,70.00,150.00,0.00,0.00,70.00,0.00,0.00,',
    ]);
    const unallocated = await request(server).get('/api/cost/unallocated').set('Authorization', as('erin'));
    expect(unallocated.body).toEqual([{ kind: 'tag', key: '(untagged)', lastMonth: 0, monthToDate: 8 }]);
  });

  it('lets owners set budgets, refuses others, and notifies the owners once per threshold', async () => {
    await importAs('alice');
    expect((await setBudget('component:default/payments-api', 'erin', { monthlyAmount: 500 })).status).toBe(403);
    const invalid = await setBudget('component:default/payments-api', 'carol', { monthlyAmount: -5, thresholds: [] });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.message).toMatch(/monthlyAmount.*thresholds/);

    const saved = await setBudget('component:default/payments-api', 'carol', { monthlyAmount: 500 });
    expect(saved.status).toBe(200);
    expect(saved.body.budget).toMatchObject({ monthlyAmount: 500, thresholds: [0.8, 1], updatedBy: 'user:default/carol' });
    expect(saved.body.budgetStatus).toEqual({
      status: 'at-risk',
      used: 0.56,
      crossed: [
        { threshold: 0.8, basis: 'forecast' },
        { threshold: 1, basis: 'forecast' },
      ],
    });
    expect(send).toHaveBeenCalledTimes(2);
    expect(send).toHaveBeenCalledWith({
      recipients: { type: 'entity', entityRef: ['group:default/payments-team'] },
      payload: expect.objectContaining({
        title: 'payments-api reached 100% of its 2026-11 budget',
        description: 'component:default/payments-api is forecast to spend 600.00 USD this month against a budget of 500.00 USD.',
        link: '/catalog/default/component/payments-api/cost',
        severity: 'high',
      }),
    });
    // Saving again in the same month does not notify again.
    await setBudget('component:default/payments-api', 'carol', { monthlyAmount: 450 });
    expect(send).toHaveBeenCalledTimes(2);
    // A group owns itself: its members set its budget.
    expect((await setBudget('group:default/payments-team', 'carol', { monthlyAmount: 10000 })).status).toBe(200);
    expect((await setBudget('group:default/payments-team', 'erin', { monthlyAmount: 1 })).status).toBe(403);
    expect((await setBudget('component:default/checkout-api', 'alice', { monthlyAmount: 1 })).status).toBe(200);
  });

  it('estimates a service from the price table and says what is wrong with bad input', async () => {
    const ok = await request(server).post('/api/cost/estimate').set('Authorization', as('erin')).send({ size: 'small', replicas: 2, storageGiB: 10 });
    // 2 x 0.5 vCPU x 24 + 2 x 1 GiB x 3 + 10 GiB x 0.1
    expect(ok.body).toEqual({ currency: 'USD', monthly: 31, amounts: { compute: 24, memory: 6, storage: 1, network: 0, other: 0 } });
    const bad = await request(server).post('/api/cost/estimate').set('Authorization', as('erin')).send({ size: 'huge', replicas: 2 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain("Unknown size 'huge'");
  });

  it('refuses an upload that is not a FOCUS export and keeps what was stored', async () => {
    await importAs('alice');
    const bad = await importAs('alice', 'name,amount\npayments,3\n');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('Not a FOCUS export');
    expect((await view('component:default/payments-api')).body.monthToDate).toBe(280);
    expect((await request(server).get('/api/cost/entity?entityRef=component:default/nope').set('Authorization', as('carol'))).status).toBe(404);
  });
});

describe('the spec', () => {
  it('describes exactly the routes the router serves', async () => {
    // Declaring the routes touches none of the dependencies.
    const router = await createRouter({} as Parameters<typeof createRouter>[0]);
    expect(() => assertRoutesMatchSpec(router, spec)).not.toThrow();
  });
});
