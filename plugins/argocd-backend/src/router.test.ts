import { mockCredentials, mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { SchedulerService, ServiceFactory } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { portalPolicyForTests } from '@internal/plugin-permission-backend-module-portal-policy/testUtils';
import { recordedMetrics, startFakeArgoCd } from '@internal/test-fakes';
import { assertRoutesMatchSpec, specRequest } from '@internal/api-contract-testing';
import claimsPlugin from '@internal/plugin-claims-backend';
import { argocdPlugin } from './plugin';
import { createRouter } from './router';
import { spec } from './schema/openapi.generated';

/** supertest, with every answer checked against the plugin's spec. */
const request = (server: Parameters<typeof specRequest>[0]) => specRequest(server, spec);

jest.setTimeout(60_000);

const { userInfo, authorize } = portalPolicyForTests(
  {
    'user:default/guest': ['group:default/platform-team'],
    'user:default/erin': ['group:default/checkout-team'],
    'user:default/ivan': ['group:default/platform-team', 'group:default/contractors'],
    'user:default/alice': ['group:default/platform-admins'],
  },
  { adminGroups: ['platform-admins'], contractorGroups: ['contractors'] },
);
const as = (user: string) => mockCredentials.user.header(`user:default/${user}`);

const portal: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'developer-portal',
    annotations: {
      'argocd/app-selector': 'app.kubernetes.io/part-of=developer-portal',
      'argocd/app-name': 'developer-portal-prod',
      // Read from a location of the portal's configuration: its claims are vouched for.
      'backstage.io/managed-by-location': 'file:/portal/catalog-info.yaml',
      'backstage.io/managed-by-origin-location': 'file:/portal/catalog-info.yaml',
    },
  },
  spec: { type: 'website', lifecycle: 'production', owner: 'platform-team' },
  relations: [{ type: 'ownedBy', targetRef: 'group:default/platform-team' }],
};
const ENTITY = 'component:default/developer-portal';

/** Registered by a user from outside the portal's configuration, with claims of its own. */
const registered = (name: string, annotations: Record<string, string>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, annotations: { ...annotations, 'backstage.io/managed-by-location': `url:https://github.com/erin/${name}/blob/main/catalog-info.yaml` } },
  spec: { type: 'service', lifecycle: 'production', owner: 'checkout-team' },
  relations: [{ type: 'ownedBy', targetRef: 'group:default/checkout-team' }],
});

/** The plugin on a test backend, reading the given Argo CD instances, with the portal's policy. */
async function startArgoBackend(instances: Array<{ name: string; url: string; token: string }>) {
  // The mock scheduler runs tasks when the test asks (its class is not exported, its methods are).
  const scheduler = mockServices.scheduler() as SchedulerService & { factory(): ServiceFactory; triggerTask(id: string): Promise<void> };
  const metrics = recordedMetrics();
  const backend = await startTestBackend({
    features: [
      scheduler.factory(),
      metrics.factory,
      argocdPlugin,
      // The real claims backend, which settles whose applications these are.
      claimsPlugin,
      mockServices.rootConfig.factory({
        data: {
          argocd: { timeoutMs: 1000, appLocatorMethods: [{ type: 'config', instances }] },
          catalog: { locations: [{ type: 'file', target: '/portal/catalog-info.yaml' }] },
        },
      }),
      // Each plugin on a database of its own (the default): argocd's log, the claims' approvals.
      catalogServiceMock.factory({
        entities: [
          portal,
          registered('deploy-helper', { 'argocd/app-name': 'developer-portal-staging' }),
          registered('checkout-api', { 'argocd/app-name': 'checkout-api-dev' }),
        ],
      }),
      mockServices.userInfo.mock(userInfo).factory,
      mockServices.permissions.mock({ authorize: authorize as any, authorizeConditional: authorize as any }).factory,
    ],
  });
  // The application facts are first read once the whole backend has started, as in production.
  await scheduler.triggerTask('argocd-claim-facts');
  return { server: backend.server, stop: () => backend.stop(), metrics, scheduler };
}

describe('Argo CD API', () => {
  let argo: Awaited<ReturnType<typeof startFakeArgoCd>>;
  let server: any;
  let stop: () => Promise<void>;

  beforeEach(async () => {
    argo = await startFakeArgoCd({ token: 'argo-token' });
    const backend = await startArgoBackend([{ name: 'main', url: argo.url, token: 'argo-token' }]);
    server = backend.server;
    stop = () => backend.stop();
  });
  afterEach(async () => {
    await stop();
    await argo.stop();
  });

  const apps = (user: string) => request(server).get(`/api/argocd/entity/applications?entityRef=${ENTITY}`).set('Authorization', as(user));
  const act = (path: string, user: string, body: object) =>
    request(server)
      .post(`/api/argocd/entity/${path}`)
      .set('Authorization', as(user))
      .send({ entityRef: ENTITY, instance: 'main', ...body });

  it('refuses a request its spec does not allow with a 400 that names the field', async () => {
    const missing = await act('sync', 'guest', { instance: undefined, application: 'developer-portal-dev' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toContain("must have required property 'instance'");
    const extra = await act('rollback', 'guest', { application: 'developer-portal-dev', historyId: -1 });
    expect(extra.status).toBe(400);
    expect(extra.body.error.message).toContain('historyId must be >= 0');
    const noRef = await request(server).get('/api/argocd/entity/applications').set('Authorization', as('guest'));
    expect(noRef.body.error.message).toContain("must have required property 'entityRef'");
  });

  it('shows three environments side by side, with what the caller may do', async () => {
    const res = await apps('guest');
    expect(res.status).toBe(200);
    expect(res.body.applications.map((a: any) => [a.environment, a.syncStatus, a.healthStatus, a.production, a.canSync])).toEqual([
      ['dev', 'Synced', 'Healthy', false, true],
      ['staging', 'OutOfSync', 'Healthy', false, true],
      ['prod', 'Synced', 'Healthy', true, true],
    ]);
    expect(res.body.applications[2]).toMatchObject({ autoSync: true, url: `${argo.url}/applications/developer-portal-prod`, revision: expect.any(String) });
    expect((await apps('erin')).body.applications.every((a: any) => !a.canSync && !a.canRollback)).toBe(true);
    // The token stays in the backend: the fake saw it, the answer does not carry it.
    expect(argo.requests[0].headers.authorization).toBe('Bearer argo-token');
    expect(JSON.stringify(res.body)).not.toContain('argo-token');
  });

  it('serves the read routes the Roadie Argo CD frontend calls', async () => {
    const found = await request(server).get('/api/argocd/find/name/developer-portal-prod').set('Authorization', as('erin'));
    expect(found.body).toEqual([{ name: 'main', url: argo.url, appName: ['developer-portal-prod'] }]);
    const app = await request(server).get('/api/argocd/argoInstance/main/applications/name/developer-portal-prod').set('Authorization', as('erin'));
    expect(app.body.metadata).toMatchObject({ name: 'developer-portal-prod', namespace: 'argocd', instance: { name: 'main', url: argo.url } });
    expect(app.body.status.history).toHaveLength(3);
    const bySelector = await request(server)
      .get('/api/argocd/argoInstance/main/applications/selector/app.kubernetes.io%2Fpart-of=developer-portal')
      .set('Authorization', as('erin'));
    expect(bySelector.body.items.map((i: any) => i.metadata.name)).toEqual(['developer-portal-dev', 'developer-portal-staging', 'developer-portal-prod']);
    // A selector no entity has, or an application no entity claims, is not read for anyone.
    const free = await request(server).get('/api/argocd/argoInstance/main/applications/selector/environment=staging').set('Authorization', as('erin'));
    expect(free.status).toBe(400);
    expect(free.body.error.message).toBe('The selector environment=staging is not the argocd/app-selector of an entity you can read');
    expect((await request(server).get('/api/argocd/argoInstance/main/applications/name/checkout-api-prod').set('Authorization', as('erin'))).status).toBe(404);
    expect((await request(server).get('/api/argocd/find/name/checkout-api-prod').set('Authorization', as('erin'))).body).toEqual([]);
    expect((await request(server).get('/api/argocd/find/name/x').set('Authorization', mockCredentials.none.header())).status).toBe(401);
  });

  it('lets an owner sync staging, records it, and refuses everyone else', async () => {
    expect((await act('sync', 'erin', { application: 'developer-portal-staging' })).status).toBe(403);
    const synced = await act('sync', 'guest', { application: 'developer-portal-staging' });
    expect(synced.status).toBe(200);
    expect(synced.body.message).toBe('Sync of developer-portal-staging started');
    const staging = (await apps('guest')).body.applications.find((a: any) => a.environment === 'staging');
    expect(staging.syncStatus).toBe('Synced');
    const log = await request(server).get(`/api/argocd/entity/actions?entityRef=${ENTITY}`).set('Authorization', as('erin'));
    expect(log.body).toEqual([
      expect.objectContaining({
        action: 'sync',
        application: 'developer-portal-staging',
        environment: 'staging',
        actor: 'user:default/guest',
        result: 'succeeded',
      }),
    ]);
    // An application that is not the entity's cannot be acted on through it.
    expect((await act('sync', 'guest', { application: 'checkout-api-staging' })).status).toBe(404);
  });

  it('acts on an application only for an entity whose claim is verified: the application points back, or the entity is configured', async () => {
    const helper = await act('sync', 'erin', { entityRef: 'component:default/deploy-helper', application: 'developer-portal-staging' });
    expect(helper.status).toBe(403);
    expect(helper.body.error.message).toMatch(
      /^The claim of component:default\/deploy-helper on developer-portal-staging is not verified \(unverified: nothing vouches for the claim/,
    );
    expect(helper.body.error.message).toContain('Add the annotation portal/entity-ref: component:default/deploy-helper to the Argo CD application');
    const view = await request(server).get('/api/argocd/entity/applications?entityRef=component:default/deploy-helper').set('Authorization', as('erin'));
    expect(view.body.applications.map((a: any) => [a.name, a.claim.status, a.canSync])).toEqual([['developer-portal-staging', 'unverified', false]]);

    expect((await act('sync', 'erin', { entityRef: 'component:default/checkout-api', application: 'checkout-api-dev' })).status).toBe(403);
    // The application names the entity: now its owners may act on it.
    const app = argo.apps.find(a => a.metadata.name === 'checkout-api-dev')! as any;
    app.metadata.annotations = { 'portal/entity-ref': 'component:default/checkout-api' };
    const synced = await act('sync', 'erin', { entityRef: 'component:default/checkout-api', application: 'checkout-api-dev' });
    expect(synced.status).toBe(200);
  });

  it('asks for a confirmation in production, turns auto-sync off before a rollback, and says so', async () => {
    const unconfirmed = await act('rollback', 'guest', { application: 'developer-portal-prod', historyId: 0 });
    expect(unconfirmed.status).toBe(400);
    expect(unconfirmed.body.error.message).toContain('developer-portal-prod is production: confirm by typing');
    const rolledBack = await act('rollback', 'guest', { application: 'developer-portal-prod', historyId: 0, confirm: 'developer-portal-prod' });
    expect(rolledBack.status).toBe(200);
    expect(rolledBack.body.message).toBe(
      'Rollback of developer-portal-prod to history 0 started. Auto-sync of developer-portal-prod was turned off first; turn it on again in Argo CD when the fix is out.',
    );
    const prod = argo.apps.find(a => a.metadata.name === 'developer-portal-prod')!;
    expect(prod.spec.syncPolicy.automated).toBeNull();
    expect(prod.status.sync.revision).toBe(prod.status.history[0].revision);
  });

  it('keeps a contractor from rolling back production but not staging', async () => {
    expect((await act('rollback', 'ivan', { application: 'developer-portal-prod', historyId: 0, confirm: 'developer-portal-prod' })).status).toBe(403);
    expect((await act('rollback', 'ivan', { application: 'developer-portal-staging', historyId: 1 })).status).toBe(200);
    expect((await act('rollback', 'alice', { application: 'developer-portal-dev', historyId: 1 })).status).toBe(200);
  });

  it("shows Argo CD's own message, with the link, when it fails, within the timeout", async () => {
    argo.fail('error500');
    const failed = await act('sync', 'guest', { application: 'developer-portal-dev' });
    expect(failed.status).toBe(502);
    const list = await apps('guest');
    expect(list.body.errors).toEqual([{ instance: 'main', message: 'Argo CD main answered 500: internal error' }]);
    argo.fail('unauthorized');
    const app = await request(server).get('/api/argocd/argoInstance/main/applications/name/developer-portal-dev').set('Authorization', as('guest'));
    expect(app.status).toBe(502);
    expect(app.body.error.message).toBe(`Argo CD main answered 401: invalid session: token is expired (${argo.url}/applications/developer-portal-dev)`);
    argo.fail('hang');
    const started = Date.now();
    const slow = await request(server).get('/api/argocd/argoInstance/main/applications/name/developer-portal-dev').set('Authorization', as('guest'));
    expect(slow.status).toBe(504);
    expect(slow.body.error.message).toContain('did not answer within 1 s');
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('Argo CD API with several instances', () => {
  it('counts each read of the applications for the operator; an instance away fails the read instead of emptying it', async () => {
    const eu = await startFakeArgoCd({ token: 'eu-token' });
    const us = await startFakeArgoCd({ token: 'us-token', apps: [] });
    const backend = await startArgoBackend([
      { name: 'eu', url: eu.url, token: 'eu-token' },
      { name: 'us', url: us.url, token: 'us-token' },
    ]);
    const runs = (outcome: string) => backend.metrics.value('portal.ingestion.runs', { source: 'argocd:applications', outcome });
    try {
      expect([await runs('succeeded'), await runs('failed')]).toEqual([1, 0]);
      us.fail('error500');
      // The task fails (the scheduler logs why) and the stored facts stay as they were.
      await backend.scheduler.triggerTask('argocd-claim-facts');
      expect([await runs('succeeded'), await runs('failed')]).toEqual([1, 1]);
    } finally {
      await backend.stop();
      await eu.stop();
      await us.stop();
    }
  });

  it('shows the applications of every instance, and one instance failing does not hide the others', async () => {
    const eu = await startFakeArgoCd({ token: 'eu-token' });
    const us = await startFakeArgoCd({ token: 'us-token', apps: [] });
    us.apps.push({ ...eu.apps[2], metadata: { ...eu.apps[2].metadata, name: 'developer-portal-prod-us' } });
    const backend = await startArgoBackend([
      { name: 'eu', url: eu.url, token: 'eu-token' },
      { name: 'us', url: us.url, token: 'us-token' },
    ]);
    const list = () => request(backend.server).get(`/api/argocd/entity/applications?entityRef=${ENTITY}`).set('Authorization', as('guest'));
    expect((await list()).body.applications.map((a: any) => `${a.instance}/${a.name}`)).toEqual([
      'eu/developer-portal-dev',
      'eu/developer-portal-staging',
      'eu/developer-portal-prod',
      'us/developer-portal-prod-us',
    ]);
    us.fail('error500');
    const partial = (await list()).body;
    expect(partial.applications).toHaveLength(3);
    expect(partial.errors).toEqual([{ instance: 'us', message: 'Argo CD us answered 500: internal error' }]);
    await backend.stop();
    await eu.stop();
    await us.stop();
  });
});

describe('the spec', () => {
  it('describes exactly the routes the router serves', async () => {
    // Declaring routes touches none of the dependencies.
    const router = await createRouter({} as Parameters<typeof createRouter>[0]);
    expect(() => assertRoutesMatchSpec(router, spec)).not.toThrow();
  });
});
