import { TestDatabases, mockCredentials } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { createHmac } from 'node:crypto';
import { assertRoutesMatchSpec, specRequest } from '@internal/api-contract-testing';
import { createRouter } from './router';
import { createWebhooks } from './webhooks';
import { spec } from './schema/openapi.generated';
import { SECRETS, sign, startDoraBackend } from './__testUtils__/backend';
import { deploymentStatusPayload, incidentIssuePayload, pushPayload } from './__testUtils__/github';

/** supertest, with every answer checked against the plugin's spec. */
const request = (server: Parameters<typeof specRequest>[0]) => specRequest(server, spec);

jest.setTimeout(60_000);

const HOUR = 60 * 60 * 1000;
// Event times share one base per test, so the differences the metrics measure are exact.
let base = Date.now();
const ago = (hours: number) => new Date(base - hours * HOUR).toISOString();
const as = (user: string) => mockCredentials.user.header(`user:default/${user}`);

describe.each(TestDatabases.create().eachSupportedId())('DORA API on %s', databaseId => {
  const databases = TestDatabases.create({ ids: [databaseId] });
  let knex: Knex;
  let backend: Awaited<ReturnType<typeof startDoraBackend>>;
  let delivery = 0;

  beforeEach(async () => {
    base = Date.now();
    knex = await databases.init(databaseId);
    backend = await startDoraBackend(knex);
  });
  afterEach(() => backend.stop());

  const github = (event: string, payload: unknown, options: { id?: string; signature?: string | null } = {}) => {
    const body = typeof payload === 'string' ? payload : JSON.stringify(payload);
    const req = request(backend.server)
      .post('/api/dora/webhooks/github')
      .set('Content-Type', 'application/json')
      .set('X-GitHub-Event', event)
      .set('X-GitHub-Delivery', options.id ?? `delivery-${++delivery}`);
    if (options.signature !== null) req.set('X-Hub-Signature-256', options.signature ?? sign(SECRETS.github, body));
    return req.send(body);
  };
  const inboxRows = async () => Number((await knex('dora_inbox').count({ n: '*' }))[0].n);
  const metrics = (entityRef: string, query = 'window=7') =>
    request(backend.server).get(`/api/dora/metrics?entityRef=${entityRef}&${query}`).set('Authorization', as('carol'));

  it('turns signed GitHub events into the metrics a team sees', async () => {
    const repo = 'acme/payments-api';
    await github(
      'push',
      pushPayload(
        repo,
        [
          { id: 'c1', timestamp: ago(10) },
          { id: 'c2', timestamp: ago(9) },
        ],
        ago(8),
      ),
    );
    const deployed = await github(
      'deployment_status',
      deploymentStatusPayload(repo, { id: 1, sha: 'c2', environment: 'production', state: 'success', at: ago(6) }),
    );
    expect(deployed.status).toBe(202);
    expect(deployed.body).toEqual({ status: 'accepted' });
    await github('issues', incidentIssuePayload(repo, 7, 'opened', ago(5)));
    await github('issues', incidentIssuePayload(repo, 7, 'closed', ago(5), ago(3)));
    await backend.process();

    const res = await metrics('component:default/payments-api');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ scope: 'service', window: 7, report: '2024' });
    expect(res.body.current).toMatchObject({
      deployments: 1,
      deploymentDays: 1,
      changeFailureRate: 1,
      leadTime: { changes: 2, median: 3.5 * HOUR },
      recoveryTime: { recovered: 1, median: 2 * HOUR },
    });
    expect(res.body.bands).toMatchObject({ leadTime: 'elite', changeFailureRate: 'low', recoveryTime: 'high' });

    // The same view through the actions registry, for the assistant and MCP clients.
    const action = await request(backend.server)
      .post('/api/dora/.backstage/actions/v1/actions/dora:get-dora-metrics/invoke')
      .set('Authorization', as('carol'))
      .send({ entityRef: 'component:default/payments-api', window: 7 });
    expect(action.status).toBe(200);
    // (Its window ends at its own "now", a moment later.)
    expect(action.body.output).toMatchObject({
      entityRef: res.body.entityRef,
      window: 7,
      bands: res.body.bands,
      current: { deployments: 1, changeFailureRate: 1, leadTime: res.body.current.leadTime, recoveryTime: res.body.current.recoveryTime },
    });

    const list = await request(backend.server).get('/api/dora/deployments?entityRef=component:default/payments-api&window=7').set('Authorization', as('carol'));
    expect(list.body).toEqual([
      expect.objectContaining({
        revision: 'c2',
        changes: 2,
        failed: true,
        incidents: [{ id: 'github-issue:acme/payments-api#7', title: 'Incident 7', url: 'https://github.com/acme/payments-api/issues/7' }],
      }),
    ]);
  });

  it('refuses a bad or missing signature and stores nothing', async () => {
    const payload = pushPayload('acme/payments-api', [{ id: 'c1', timestamp: ago(2) }], ago(1));
    expect((await github('push', payload, { signature: sign('wrong-secret', JSON.stringify(payload)) })).status).toBe(401);
    expect((await github('push', payload, { signature: null })).status).toBe(401);
    const tampered = await github('push', { ...payload, ref: 'refs/heads/other' }, { signature: sign(SECRETS.github, JSON.stringify(payload)) });
    expect(tampered.status).toBe(401);
    expect(tampered.body.error.message).toContain('X-Hub-Signature-256');
    expect(await inboxRows()).toBe(0);
  });

  it('answers 400 for malformed JSON and 413 for a body over the limit, storing nothing', async () => {
    const malformed = await github('push', '{"ref": ');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.message).toContain('not valid JSON');
    const huge = JSON.stringify({ ref: 'refs/heads/main', padding: 'x'.repeat(5000) });
    expect((await github('push', huge)).status).toBe(413);
    expect(await inboxRows()).toBe(0);
  });

  it('stores a redelivery once', async () => {
    const payload = pushPayload('acme/payments-api', [{ id: 'c1', timestamp: ago(2) }], ago(1));
    expect((await github('push', payload, { id: 'same' })).body).toEqual({ status: 'accepted' });
    expect((await github('push', payload, { id: 'same' })).body).toEqual({ status: 'duplicate' });
    expect(await inboxRows()).toBe(1);
    await backend.process();
    expect(Number((await knex('dora_changes').count({ n: '*' }))[0].n)).toBe(1);
  });

  it('takes Argo CD syncs with the shared secret and counts a repeated sync once', async () => {
    const sync = { app: 'ledger-prod', revision: 'abc123', phase: 'Succeeded', finishedAt: ago(2) };
    const post = (token?: string) => {
      const req = request(backend.server).post('/api/dora/webhooks/argocd').set('Content-Type', 'application/json');
      if (token) req.set('X-DORA-Token', token);
      return req.send(JSON.stringify(sync));
    };
    expect((await post()).status).toBe(401);
    expect((await post('nope')).status).toBe(401);
    expect((await post(SECRETS.argocd)).status).toBe(202);
    expect((await post(SECRETS.argocd)).body).toEqual({ status: 'duplicate' });
    const missingRevision = await request(backend.server)
      .post('/api/dora/webhooks/argocd')
      .set('X-DORA-Token', SECRETS.argocd)
      .send(JSON.stringify({ app: 'ledger-prod', phase: 'Succeeded', finishedAt: ago(1) }));
    expect(missingRevision.status).toBe(400);
    expect(missingRevision.body.error.message).toContain('revision');
    await backend.process();
    // ledger is owned by a sub-group of payments-team: the team's rollup counts it.
    expect((await metrics('component:default/ledger')).body.current.deployments).toBe(1);
    const team = await metrics('group:default/payments-team');
    expect(team.body.scope).toBe('group');
    expect(team.body.services).toEqual(expect.arrayContaining(['component:default/payments-api', 'component:default/ledger']));
    expect(team.body.current.deployments).toBe(1);
    expect((await metrics('system:default/payment-gateway')).body.current.deployments).toBe(1);
  });

  it('takes signed PagerDuty and generic incidents', async () => {
    const pd = JSON.stringify({
      event: {
        id: 'PD-EVENT-1',
        event_type: 'incident.triggered',
        resource_type: 'incident',
        occurred_at: ago(1),
        data: { id: 'Q1', type: 'incident', title: 'Payments down', created_at: ago(1), service: { id: 'PPAY001' } },
      },
    });
    const hmac = createHmac('sha256', SECRETS.pagerduty).update(pd).digest('hex');
    const postPd = (signature: string) => request(backend.server).post('/api/dora/webhooks/pagerduty').set('X-PagerDuty-Signature', signature).send(pd);
    expect((await postPd('v1=deadbeef')).status).toBe(401);
    // During a secret rotation PagerDuty sends two signatures.
    expect((await postPd(`v1=deadbeef,v1=${hmac}`)).status).toBe(202);

    const generic = JSON.stringify({ id: 'INC-9', status: 'opened', service: 'payments-api', openedAt: ago(2), title: 'Slow' });
    const postGeneric = (body: string, signature = sign(SECRETS.incidents, body)) =>
      request(backend.server).post('/api/dora/webhooks/incidents').set('X-Signature-256', signature).send(body);
    expect((await postGeneric(generic, 'sha256=00')).status).toBe(401);
    expect((await postGeneric(generic)).status).toBe(202);
    const noOpenedAt = JSON.stringify({ id: 'INC-10', status: 'opened', service: 'payments-api' });
    const bad = await postGeneric(noOpenedAt);
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('openedAt');

    await backend.process();
    const incidents = await knex('dora_incidents').orderBy('id').select('id', 'service_kind', 'service_key', 'title');
    expect(incidents).toEqual([
      { id: 'incident:INC-9', service_kind: 'entity', service_key: 'component:default/payments-api', title: 'Slow' },
      { id: 'pagerduty:Q1', service_kind: 'pagerduty', service_key: 'PPAY001', title: 'Payments down' },
    ]);
  });

  it('takes deployments from other CI/CD systems with a service token, not from members', async () => {
    const body = {
      id: 'jenkins-42',
      service: 'component:default/checkout-api',
      environment: 'prod',
      revision: 'f00d',
      deployedAt: ago(3),
      changes: [{ sha: 'f00d', firstCommitAt: ago(27) }],
    };
    const asService = mockCredentials.service.header({
      onBehalfOf: mockCredentials.service('external:jenkins'),
      targetPluginId: 'dora',
    });
    const post = (auth: string, b: object = body) => request(backend.server).post('/api/dora/events/deployments').set('Authorization', auth).send(b);
    expect((await post(mockCredentials.none.header())).status).toBe(401);
    expect((await post(as('carol'))).status).toBe(403);
    // Refused by the spec (the kind), and by the reader of stored deliveries (a time that is none).
    const invalid = await post(asService, { ...body, kind: 'sideways' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.message).toContain('request/body/kind must be equal to one of the allowed values: normal, rollback, hotfix');
    const notATime = await post(asService, { ...body, deployedAt: 'yesterday' });
    expect(notATime.status).toBe(400);
    expect(notATime.body.error.message).toContain('deployedAt');
    expect((await post(asService)).status).toBe(202);
    expect((await post(as('alice'))).body).toEqual({ status: 'duplicate' });
    await backend.process();
    // checkout-api counts its "prod" environment as production (annotation).
    const res = await metrics('component:default/checkout-api');
    expect(res.body.current).toMatchObject({ deployments: 1, leadTime: { changes: 1, median: 24 * HOUR } });
  });

  it('lists events that map to no entity, and deliveries it could not read, for admins only', async () => {
    await github('push', pushPayload('acme/unknown-repo', [{ id: 'x1', timestamp: ago(2) }], ago(1)));
    await github('deployment_status', { repository: { full_name: 'acme/payments-api' } });
    await backend.process();
    const res = await request(backend.server).get('/api/dora/unmapped').set('Authorization', as('alice'));
    expect(res.status).toBe(200);
    expect(res.body.sources).toEqual([expect.objectContaining({ serviceKind: 'github', serviceKey: 'acme/unknown-repo', changes: 1 })]);
    expect(res.body.unreadable).toEqual([
      expect.objectContaining({ source: 'github', eventType: 'deployment_status', error: expect.stringContaining('deployment') }),
    ]);
    expect((await request(backend.server).get('/api/dora/unmapped').set('Authorization', as('carol'))).status).toBe(403);
  });

  it('needs credentials to read metrics and says which parameter is wrong', async () => {
    const anonymous = await request(backend.server)
      .get('/api/dora/metrics?entityRef=component:default/payments-api')
      .set('Authorization', mockCredentials.none.header());
    expect(anonymous.status).toBe(401);
    const window = await metrics('component:default/payments-api', 'window=14');
    expect(window.status).toBe(400);
    expect(window.body.error.message).toContain('request/query/window must be equal to one of the allowed values: 7, 30, 90, 180');
    expect((await metrics('component:default/payments-api', 'report=2019')).status).toBe(400);
    expect((await metrics('component:default/nope')).status).toBe(404);
    expect((await metrics('api:default/payments')).status).toBe(404);
  });

  it('ranks teams in the org overview', async () => {
    await github(
      'deployment_status',
      deploymentStatusPayload('acme/payments-api', { id: 2, sha: 'c9', environment: 'production', state: 'success', at: ago(1) }),
    );
    await backend.process();
    const res = await request(backend.server).get('/api/dora/overview?window=30').set('Authorization', as('carol'));
    expect(res.status).toBe(200);
    expect(res.body.org.summary.deployments).toBe(1);
    expect(res.body.teams[0]).toMatchObject({ groupRef: 'group:default/payments-team', services: 3 });
    expect(res.body.teams.map((t: { groupRef: string }) => t.groupRef)).not.toContain('group:default/engineering');
  });
});

describe('DORA webhooks without secrets', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
  it('refuse every delivery with 503 rather than accept unsigned events', async () => {
    const backend = await startDoraBackend(await databases.init('SQLITE_3'), { github: {} });
    const res = await request(backend.server).post('/api/dora/webhooks/github').set('X-Hub-Signature-256', sign('', '{}')).send('{}');
    expect(res.status).toBe(503);
    expect(res.body.error.message).toContain('GitHub webhook is not configured');
    await backend.stop();
  });
});

describe('the spec', () => {
  it('describes exactly the routes the router serves, the webhooks among them', async () => {
    const router = await createRouter({ webhooks: createWebhooks({}), maxBodyBytes: 1000, webhookLimiter: (_req, _res, next) => next() } as Parameters<
      typeof createRouter
    >[0]);
    expect(() => assertRoutesMatchSpec(router, spec)).not.toThrow();
  });
});
