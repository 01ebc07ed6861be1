import { actionsRegistryServiceFactory } from '@backstage/backend-defaults/alpha';
import { TestDatabases, mockCredentials, mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { portalPolicyForTests } from '@internal/plugin-permission-backend-module-portal-policy/testUtils';
import { assertRoutesMatchSpec, specRequest } from '@internal/api-contract-testing';
import { createRouter } from './router';
import { spec } from './schema/openapi.generated';

/** supertest, with every answer checked against the plugin's spec. */
const request = (server: Parameters<typeof specRequest>[0]) => specRequest(server, spec);
import { Entity } from '@backstage/catalog-model';
import { createBackendModule } from '@backstage/backend-plugin-api';
import { maturityEvidenceExtensionPoint } from '@internal/plugin-maturity-node';
import { maturityPlugin } from './plugin';

jest.setTimeout(60_000);

// Who is in which group, as sign-in would resolve it from the catalog; the portal's real policy.
const { userInfo, authorize: decide } = portalPolicyForTests({
  'user:default/carol': ['group:default/payments-team'],
  'user:default/erin': ['group:default/checkout-team'],
  'user:default/alice': ['group:default/platform-admins'],
});

const entities: Entity[] = [
  { apiVersion: 'backstage.io/v1alpha1', kind: 'Group', metadata: { name: 'payments-team' }, spec: { type: 'team', children: [] } },
  { apiVersion: 'backstage.io/v1alpha1', kind: 'Group', metadata: { name: 'checkout-team' }, spec: { type: 'team', children: [] } },
  { apiVersion: 'backstage.io/v1alpha1', kind: 'System', metadata: { name: 'payment-gateway' }, spec: { owner: 'payments-team' } },
  { apiVersion: 'backstage.io/v1alpha1', kind: 'User', metadata: { name: 'dave' }, spec: { memberOf: ['payments-team'] } },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'payments-api', annotations: { 'backstage.io/techdocs-ref': 'dir:.', 'github.com/project-slug': 'acme/payments-api' } },
    spec: { type: 'service', lifecycle: 'production', owner: 'payments-team', system: 'payment-gateway' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'payments-sdk', annotations: { 'github.com/project-slug': 'acme/payments-sdk' } },
    spec: { type: 'library', lifecycle: 'production', owner: 'group:default/payments-team' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'checkout-web' },
    spec: { type: 'website', lifecycle: 'production', owner: 'checkout-team' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'API',
    metadata: { name: 'payments' },
    spec: { type: 'openapi', lifecycle: 'production', owner: 'payments-team', definition: 'openapi: 3.0.3' },
  },
];

// Another plugin contributing evidence through the extension point, and one that fails.
const otherPluginsEvidence = createBackendModule({
  pluginId: 'maturity',
  moduleId: 'test-evidence',
  register(reg) {
    reg.registerInit({
      deps: { evidence: maturityEvidenceExtensionPoint },
      async init({ evidence }) {
        evidence.addEvidenceSource(
          {
            id: 'dora',
            questionIds: ['developer-productivity-metrics.q1'],
            collect: async context => ({ summary: `DORA data for ${context.entities.length} entities`, suggestedAnswer: 'partly' }),
          },
          {
            id: 'broken',
            questionIds: ['testing.q1'],
            collect: async () => {
              throw new Error('upstream down');
            },
          },
        );
      },
    });
  },
});

const as = (user: string) => mockCredentials.user.header(`user:default/${user}`);
const team = 'scope=group:default/payments-team';

describe.each(TestDatabases.create().eachSupportedId())('maturity API on %s', databaseId => {
  const databases = TestDatabases.create({ ids: [databaseId] });
  let server: any;
  let stop: () => Promise<void>;

  beforeEach(async () => {
    const knex = await databases.init(databaseId);
    const backend = await startTestBackend({
      features: [
        maturityPlugin,
        // The real registry: its actions answer over HTTP, as the assistant and MCP clients call them.
        actionsRegistryServiceFactory,
        otherPluginsEvidence,
        mockServices.database.factory({ knex }),
        catalogServiceMock.factory({ entities }),
        mockServices.userInfo.mock(userInfo).factory,
        mockServices.permissions.mock({ authorize: decide as any, authorizeConditional: decide as any }).factory,
      ],
    });
    server = backend.server;
    stop = () => backend.stop();
  });
  afterEach(() => stop());

  const save = (user: string, body: object, scope = team, quarter = '2026-Q4') =>
    request(server).put(`/api/maturity/assessments/${quarter}?${scope}`).set('Authorization', as(user)).send(body);

  it("lets a group's member fill in its assessment and everyone read the score", async () => {
    const saved = await save('carol', {
      revision: 0,
      answers: {
        'version-control.q1': { value: 'yes', evidenceUrl: 'https://github.com/acme' },
        'version-control.q2': { value: 'partly', note: 'trunk-based in most repos' },
      },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.assessment).toMatchObject({ revision: 1, status: 'draft', checklistVersion: 1 });
    expect(saved.body.score.categories[0]).toMatchObject({ id: 'version-control', score: 3.8 });
    expect(saved.body.score).toMatchObject({ answered: 2, total: 55 });

    const read = await request(server).get(`/api/maturity/assessments/2026-Q4?${team}`).set('Authorization', as('erin'));
    expect(read.status).toBe(200);
    expect(read.body.assessment.answers['version-control.q2'].note).toBe('trunk-based in most repos');
    expect(read.body.canEdit).toBe(false);

    // The score through the actions registry, for the assistant and MCP clients.
    const action = await request(server)
      .post('/api/maturity/.backstage/actions/v1/actions/maturity:get-maturity-assessment/invoke')
      .set('Authorization', as('erin'))
      .send({ scope: new URLSearchParams(team).get('scope'), quarter: '2026-Q4' });
    expect(action.status).toBe(200);
    expect(action.body.output).toMatchObject({ quarter: '2026-Q4', status: 'draft', score: saved.body.score, gaps: [] });
  });

  it('refuses edits from non-members, for groups and for systems they do not own', async () => {
    const answers = { 'testing.q1': { value: 'yes' } };
    expect((await save('erin', { revision: 0, answers })).status).toBe(403);
    expect((await save('erin', { revision: 0, answers }, 'scope=system:default/payment-gateway')).status).toBe(403);
    expect((await save('carol', { revision: 0, answers }, 'scope=system:default/payment-gateway')).status).toBe(200);
    expect((await save('alice', { revision: 0, answers }, 'scope=group:default/checkout-team')).status).toBe(200);
    expect((await request(server).get(`/api/maturity/assessments/2026-Q4?${team}`)).body.assessment).toBeNull();
  });

  it('answers a stale save with 409 and the current assessment, losing nothing', async () => {
    await save('carol', { revision: 0, answers: { 'testing.q1': { value: 'no' } } });
    await save('alice', { revision: 1, answers: { 'testing.q1': { value: 'yes' } } });
    const stale = await save('carol', { revision: 1, answers: { 'testing.q2': { value: 'partly' } } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toMatch(/changed by user:default\/alice \(revision 2\)/);
    expect(stale.body.current.assessment.answers).toEqual({ 'testing.q1': { value: 'yes' } });
  });

  it.each([
    ['an unknown question', { revision: 0, answers: { nope: { value: 'yes' } } }, /answers\.nope: not a question of idp-maturity v1/],
    [
      'an unknown answer',
      { revision: 0, answers: { 'testing.q1': { value: 'maybe' } } },
      /request\/body\/answers\/testing\.q1\/value must be equal to one of the allowed values/,
    ],
    [
      'a script as evidence',
      { revision: 0, answers: { 'testing.q1': { value: 'yes', evidenceUrl: ['javascript', 'alert(1)'].join(':') } } },
      /request\/body\/answers\/testing\.q1\/evidenceUrl must match/,
    ],
    ['no revision', { answers: {} }, /revision/],
    ['an unexpected field', { revision: 0, answers: {}, status: 'submitted' }, /request\/body must NOT have additional properties/],
  ])('rejects %s with 400 naming the field', async (_what, body, message) => {
    const res = await save('carol', body);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(message);
  });

  it('rejects unknown quarters and scopes with 400', async () => {
    expect((await save('carol', { revision: 0, answers: {} }, team, '2026-Q5')).body.error.message).toMatch(/request\/params\/quarter must match pattern/);
    expect((await save('carol', { revision: 0, answers: {} }, 'scope=component:default/x')).body.error.message).toMatch(/not a component/);
  });

  it('locks a submitted quarter until an admin reopens it, and logs every change', async () => {
    await save('carol', { revision: 0, answers: { 'testing.q1': { value: 'no' } } });
    const submit = (user: string, revision: number) =>
      request(server).post(`/api/maturity/assessments/2026-Q4/submit?${team}`).set('Authorization', as(user)).send({ revision });
    expect((await submit('carol', 1)).body.assessment.status).toBe('submitted');
    expect((await save('carol', { revision: 2, answers: { 'testing.q1': { value: 'yes' } } })).status).toBe(409);

    const reopen = (user: string) => request(server).post(`/api/maturity/assessments/2026-Q4/reopen?${team}`).set('Authorization', as(user));
    expect((await reopen('carol')).status).toBe(403);
    expect((await reopen('alice')).body.assessment).toMatchObject({ status: 'draft', revision: 3 });
    expect((await save('carol', { revision: 3, answers: { 'testing.q1': { value: 'yes' } } })).status).toBe(200);

    const changes = await request(server).get(`/api/maturity/assessments/2026-Q4/changes?${team}`).set('Authorization', as('erin'));
    expect(changes.body.items.map((c: any) => `${c.kind} by ${c.actor}`)).toEqual([
      'answers by user:default/carol',
      'submit by user:default/carol',
      'reopen by user:default/alice',
      'answers by user:default/carol',
    ]);
  });

  it('lists the quarter across scopes and a scope across quarters', async () => {
    await save('carol', { revision: 0, answers: { 'testing.q1': { value: 'yes' } } }, team, '2026-Q3');
    await save('carol', { revision: 0, answers: { 'testing.q1': { value: 'yes' }, 'testing.q2': { value: 'yes' } } });
    await save('alice', { revision: 0, answers: { 'testing.q1': { value: 'no' } } }, 'scope=group:default/checkout-team');
    const overview = await request(server).get('/api/maturity/overview/2026-Q4').set('Authorization', as('erin'));
    expect(overview.body.items.map((i: any) => [i.scopeRef, i.score.categories.find((c: any) => c.id === 'testing').score])).toEqual([
      ['group:default/checkout-team', 0],
      ['group:default/payments-team', 5],
    ]);
    const history = await request(server).get(`/api/maturity/history?${team}`).set('Authorization', as('erin'));
    expect(history.body.items.map((i: any) => [i.quarter, i.score.categories.find((c: any) => c.id === 'testing').score])).toEqual([
      ['2026-Q3', 2.5],
      ['2026-Q4', 5],
    ]);
  });

  describe('action plans', () => {
    const create = (user: string, body: object, quarter = '2026-Q3') =>
      request(server).post(`/api/maturity/actions/${quarter}?${team}`).set('Authorization', as(user)).send(body);
    const list = async (quarter: string) =>
      (await request(server).get(`/api/maturity/actions/${quarter}?${team}`).set('Authorization', as('erin'))).body.items.map(
        (a: any) => `${a.title}: ${a.status}`,
      );
    const action = { questionId: 'testing.q1', title: 'Add contract tests', ownerRef: 'user:default/dave', dueDate: '2026-09-30' };

    it('lets members plan actions and carries open ones into later quarters', async () => {
      const created = await create('carol', action);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ status: 'open', createdQuarter: '2026-Q3', createdBy: 'user:default/carol' });
      await create('carol', { ...action, title: 'Publish the test kit', ownerRef: 'group:default/payments-team' });

      expect(await list('2026-Q2')).toEqual([]);
      expect(await list('2026-Q4')).toEqual(['Add contract tests: open', 'Publish the test kit: open']);

      const done = await request(server).patch(`/api/maturity/actions/2026-Q4/${created.body.id}`).set('Authorization', as('carol')).send({ status: 'done' });
      expect(done.body).toMatchObject({ status: 'done', closedQuarter: '2026-Q4', updatedBy: 'user:default/carol' });
      expect(await list('2026-Q4')).toEqual(['Add contract tests: done', 'Publish the test kit: open']);
      expect(await list('2027-Q1')).toEqual(['Publish the test kit: open']);
    });

    it('refuses actions from non-members', async () => {
      expect((await create('erin', action)).status).toBe(403);
      const created = await create('carol', action);
      const patch = await request(server)
        .patch(`/api/maturity/actions/2026-Q3/${created.body.id}`)
        .set('Authorization', as('erin'))
        .send({ status: 'dropped' });
      expect(patch.status).toBe(403);
    });

    it.each([
      ['an owner who is not in the catalog', { ownerRef: 'user:default/nobody' }, /ownerRef: no user or group user:default\/nobody/],
      ['a date that does not exist', { dueDate: '2026-02-30' }, /request\/body\/dueDate must match format "date"/],
      ['a question that does not exist', { questionId: 'nope' }, /questionId: not a question/],
      ['an empty title', { title: '  ' }, /title/],
    ])('rejects %s with 400 naming the field', async (_what, change, message) => {
      const res = await create('carol', { ...action, ...change });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(message);
    });
  });

  describe('evidence', () => {
    const evidence = async (scope: string) =>
      (await request(server).get(`/api/maturity/evidence?scope=${scope}`).set('Authorization', as('erin'))).body.byQuestion;

    it("suggests answers from the catalog entities the scope's group owns", async () => {
      const byQuestion = await evidence('group:default/payments-team');
      expect(byQuestion['documentation-and-specifications.q1']).toEqual([
        { sourceId: 'techdocs', summary: 'TechDocs for 1 of 2 components', suggestedAnswer: 'partly' },
      ]);
      expect(byQuestion['ci-cd.q2'][0]).toMatchObject({ summary: 'CI annotation (github.com/project-slug) on 2 of 2 components', suggestedAnswer: 'yes' });
      expect(byQuestion['documentation-and-specifications.q2'][0].summary).toBe('1 of 1 API have a machine-readable definition in the catalog');
    });

    it('takes sources from other plugins and skips one that fails', async () => {
      const byQuestion = await evidence('system:default/payment-gateway');
      expect(byQuestion['developer-productivity-metrics.q1']).toEqual([{ sourceId: 'dora', summary: 'DORA data for 1 entities', suggestedAnswer: 'partly' }]);
      expect(byQuestion['testing.q1']).toBeUndefined();
      expect(byQuestion['documentation-and-specifications.q1'][0].summary).toBe('TechDocs for 1 of 1 component');
    });
  });
});

describe('the spec', () => {
  it('describes exactly the routes the router serves', async () => {
    // Declaring the routes touches none of the dependencies.
    const router = await createRouter({} as Parameters<typeof createRouter>[0]);
    expect(() => assertRoutesMatchSpec(router, spec)).not.toThrow();
  });
});
