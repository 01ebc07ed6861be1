import { TestDatabases, mockCredentials } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { assertRoutesMatchSpec, specRequest } from '@internal/api-contract-testing';
import { createRouter } from './router';
import { spec } from './schema/openapi.generated';

/** supertest, with every answer checked against the plugin's spec. */
const request = (server: Parameters<typeof specRequest>[0]) => specRequest(server, spec);
import { signReport, startActionsBackend, WEBHOOK_HEADER } from './__testUtils__/backend';
import { startFakeN8n } from './__testUtils__/fakeN8n';
import { ACTIONS } from './__testUtils__/catalog';

jest.setTimeout(60_000);

const as = (name: string) => mockCredentials.user.header(`user:default/${name}`);
const access = { actionId: 'production-access', entityRef: 'component:default/payments-api', parameters: { reason: 'incident 4711 needs logs' } };

describe.each(TestDatabases.create().eachSupportedId())('self-service actions on %s', databaseId => {
  const databases = TestDatabases.create({ ids: [databaseId] });
  let knex: Knex;
  let n8n: Awaited<ReturnType<typeof startFakeN8n>>;
  let backend: Awaited<ReturnType<typeof startActionsBackend>>;

  beforeEach(async () => {
    knex = await databases.init(databaseId);
    n8n = await startFakeN8n();
    backend = await startActionsBackend(knex, n8n.url);
  });
  afterEach(async () => {
    jest.restoreAllMocks();
    await backend.stop();
    await n8n.stop();
  });

  const report = (body: object, signature?: string) => {
    const text = JSON.stringify(body);
    return request(backend.server)
      .post('/api/n8n-actions/callback')
      .set('Content-Type', 'application/json')
      .set('X-Portal-Signature', signature ?? signReport(text))
      .send(text);
  };

  it("offers the actions that apply to an entity, saying which the caller may run: its owners, the action's runners", async () => {
    const offered = async (who: string) =>
      (await request(backend.server).get('/api/n8n-actions/actions?entityRef=component:default/payments-api').set('Authorization', as(who))).body.actions;
    const canRun = (actions: Array<{ id: string; canRun: boolean }>) => actions.map(a => [a.id, a.canRun]);
    expect(canRun(await offered('carol'))).toEqual([
      ['production-access', true],
      ['restart-deployment', true],
      ['sre-break-glass', true],
    ]);
    // Erin is in SRE, which owns nothing here: only the break-glass action names SRE as runners.
    const erins = await offered('erin');
    expect(canRun(erins)).toEqual([
      ['production-access', false],
      ['restart-deployment', false],
      ['sre-break-glass', true],
    ]);
    expect(erins[0].reason).toBe("Only the owners of component:default/payments-api and platform admins may run 'Request production access'");
    expect(erins[1].reason).toBe(
      "Only the owners of component:default/payments-api, members of group:default/payments-team and platform admins may run 'Restart the deployment'",
    );
    const docs = await request(backend.server).get('/api/n8n-actions/actions?entityRef=component:default/docs-site').set('Authorization', as('erin'));
    expect(docs.body.actions).toEqual([]);
  });

  it('acts on no entity registered from outside the organisation, even for its owners', async () => {
    const shadow = { actionId: 'production-access', entityRef: 'component:default/payments-shadow', parameters: { reason: 'incident 4711 needs logs' } };
    const refused = await request(backend.server).post('/api/n8n-actions/runs').set('Authorization', as('carol')).send(shadow);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(
      /^component:default\/payments-shadow is not verified: it was registered from outside the organisation's repositories/,
    );
    const offered = await request(backend.server).get('/api/n8n-actions/actions?entityRef=component:default/payments-shadow').set('Authorization', as('carol'));
    expect(offered.body.actions.every((a: { canRun: boolean }) => !a.canRun)).toBe(true);
    expect(n8n.calls).toEqual([]);
  });

  it("puts a production run under the action's production rules", async () => {
    const strict = await startActionsBackend(knex, n8n.url, {
      actions: [
        {
          ...ACTIONS[1],
          runners: undefined,
          production: { parameter: 'environment', values: ['prod'], approval: { type: 'owners', count: 1 }, runners: { groups: ['group:default/sre'] } },
        },
      ],
    });
    try {
      const post = (environment: string, who: string) =>
        request(strict.server)
          .post('/api/n8n-actions/runs')
          .set('Authorization', as(who))
          .send({ actionId: 'restart-deployment', entityRef: access.entityRef, parameters: { environment } });
      expect((await post('staging', 'carol')).body.status).toBe('running');
      const prod = await post('prod', 'carol');
      expect(prod.status).toBe(201);
      expect(prod.body).toMatchObject({ status: 'pending_approval', requiredApprovals: 1, approvers: expect.arrayContaining(['user:default/dan']) });
      // Erin may run it in production only (as SRE), not in staging, where only its owners may.
      expect((await post('prod', 'erin')).status).toBe(201);
      const staging = await post('staging', 'erin');
      expect(staging.status).toBe(403);
    } finally {
      await strict.stop();
    }
  });

  it('refuses unknown actions, bad parameters, wrong entities and callers without credentials, storing nothing', async () => {
    const post = (body: object, who = 'carol') => request(backend.server).post('/api/n8n-actions/runs').set('Authorization', as(who)).send(body);
    expect((await post({ ...access, actionId: 'format-disk' })).body.error.message).toBe("No self-service action 'format-disk'");
    const bad = await post({ ...access, parameters: { reason: 'short', role: 'root', url: 'http://evil.example' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe(
      'Invalid parameters: url: is not a field of this action; reason: must NOT have fewer than 10 characters; role: must be equal to one of the allowed values',
    );
    expect((await post({ ...access, entityRef: 'component:default/docs-site' })).body.error.message).toBe(
      "'Request production access' is not offered on component:default/docs-site",
    );
    expect((await post({ ...access, entityRef: 'component:default/nope' })).status).toBe(404);
    expect((await post({ actionId: 'restart-deployment', entityRef: access.entityRef, parameters: { environment: 'prod' } }, 'erin')).status).toBe(403);
    expect((await request(backend.server).post('/api/n8n-actions/runs').set('Authorization', mockCredentials.none.header()).send(access)).status).toBe(401);
    // Nobody but frank is in lonely-team, and he cannot approve his own request.
    const lonely = await post({ ...access, entityRef: 'component:default/lonely-api' }, 'frank');
    expect(lonely.body.error.message).toBe(
      "'Request production access' needs 1 approver(s) other than you, but the owners of component:default/lonely-api (group:default/lonely-team) has 0",
    );
    expect(Number((await knex('n8n_action_runs').count({ n: '*' }))[0].n)).toBe(0);
    expect(n8n.calls).toEqual([]);
    // Runs are shown only with an entity the caller can see.
    expect((await request(backend.server).get('/api/n8n-actions/runs?entityRef=component:default/nope').set('Authorization', as('carol'))).status).toBe(404);
    expect((await request(backend.server).get('/api/n8n-actions/runs/no-such-run').set('Authorization', as('carol'))).status).toBe(404);
  });

  it('waits for an owner other than the requester, calls the workflow once, and records its report', async () => {
    const created = await request(backend.server).post('/api/n8n-actions/runs').set('Authorization', as('carol')).send(access);
    expect(created.status).toBe(201);
    const run = created.body;
    expect(run).toMatchObject({ status: 'pending_approval', approvers: ['user:default/carol', 'user:default/dan'], requiredApprovals: 1 });
    expect(backend.notifications.map(n => [n.recipients.entityRef, n.payload.title])).toEqual([
      [['user:default/dan'], 'Approval needed: Request production access for component:default/payments-api'],
    ]);
    const approve = (who: string) => request(backend.server).post(`/api/n8n-actions/runs/${run.id}/approve`).set('Authorization', as(who)).send({});

    expect((await approve('carol')).body.error.message).toBe('You cannot approve your own request');
    expect((await approve('erin')).body.error.message).toBe('You are not one of the approvers of this run');
    expect(
      (await request(backend.server).get('/api/n8n-actions/approvals').set('Authorization', as('dan'))).body.runs.map((r: { id: string }) => r.id),
    ).toEqual([run.id]);
    expect(n8n.calls).toEqual([]);

    // Two approvals at once (a double click): one decision, one call of the workflow.
    const [first, second] = await Promise.all([approve('dan'), approve('dan')]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    expect(n8n.calls).toHaveLength(1);
    expect(n8n.calls[0]).toMatchObject({
      path: 'portal/production-access',
      headers: { [WEBHOOK_HEADER.name.toLowerCase()]: WEBHOOK_HEADER.value },
      body: {
        runId: run.id,
        action: 'production-access',
        phase: 'run',
        requester: 'user:default/carol',
        entityRef: 'component:default/payments-api',
        parameters: { reason: 'incident 4711 needs logs' },
        approvers: ['user:default/dan'],
        callbackUrl: 'http://portal.test/api/n8n-actions/callback',
      },
    });

    // A report with a wrong signature changes nothing.
    expect((await report({ runId: run.id, status: 'succeeded' }, 'sha256=00')).status).toBe(401);
    expect((await request(backend.server).get(`/api/n8n-actions/runs/${run.id}`).set('Authorization', as('carol'))).body.run.status).toBe('running');

    const done = await report({ runId: run.id, status: 'succeeded', message: 'Granted read-only until expiry', executionId: 42 });
    expect(done.body).toMatchObject({ status: 'succeeded', executionId: '42' });
    expect(Date.parse(done.body.expiresAt) - Date.parse(done.body.finishedAt)).toBe(3600_000);
    // A second report for the same run is recorded and ignored.
    expect((await report({ runId: run.id, status: 'failed' })).body.status).toBe('succeeded');

    // What the operator's dashboard reads: the run by its status, and the callback's deliveries.
    const runs = (status: string) => backend.metrics.value('portal.self_service.runs', { action: 'production-access', status });
    expect([await runs('succeeded'), await runs('running'), await runs('pending_approval')]).toEqual([1, 0, 0]);
    const deliveries = (outcome: string) => backend.metrics.value('portal.webhook.deliveries', { route: 'n8n-actions callback', outcome });
    expect([await deliveries('accepted'), await deliveries('refused')]).toEqual([2, 1]);
  });

  it('revokes on time, also when the backend restarted in between', async () => {
    const run = (await request(backend.server).post('/api/n8n-actions/runs').set('Authorization', as('carol')).send(access)).body;
    await request(backend.server).post(`/api/n8n-actions/runs/${run.id}/approve`).set('Authorization', as('dan')).send({ comment: 'ok for the incident' });
    await report({ runId: run.id, status: 'succeeded' });

    await backend.sweep();
    expect(n8n.calls.map(c => c.path)).toEqual(['portal/production-access']);

    await backend.stop();
    backend = await startActionsBackend(knex, n8n.url);
    jest.spyOn(Date, 'now').mockReturnValue(Date.now() + 3600_000 + 1000);
    await backend.sweep();
    jest.restoreAllMocks();

    expect(n8n.calls.map(c => [c.path, c.body.phase])).toEqual([
      ['portal/production-access', 'run'],
      ['portal/production-access-revoke', 'revoke'],
    ]);
    const after = await request(backend.server).get(`/api/n8n-actions/runs/${run.id}`).set('Authorization', as('carol'));
    expect(after.body.run.status).toBe('expired');
    expect(after.body.audit.map((a: { event: string; actor: string }) => `${a.event} by ${a.actor}`)).toEqual([
      'requested by user:default/carol',
      'approved by user:default/dan',
      'triggered by portal',
      'callback by n8n',
      'expired by portal',
    ]);
  });

  it('fails a run at once when n8n refuses it, and later when n8n never answers', async () => {
    n8n.state.mode = 'error';
    const refused = await request(backend.server)
      .post('/api/n8n-actions/runs')
      .set('Authorization', as('carol'))
      .send({ actionId: 'restart-deployment', entityRef: access.entityRef, parameters: { environment: 'prod' } });
    expect(refused.body).toMatchObject({ status: 'failed', reason: 'n8n answered 500: Workflow could not be started!' });

    n8n.state.mode = 'slow';
    const slow = await request(backend.server)
      .post('/api/n8n-actions/runs')
      .set('Authorization', as('carol'))
      .send({ actionId: 'restart-deployment', entityRef: access.entityRef, parameters: { environment: 'staging' } });
    // The call gave up after the configured 0.5 s; the workflow may have started, so it waits.
    expect(slow.body.status).toBe('running');
    n8n.state.mode = 'ok';
    jest.spyOn(Date, 'now').mockReturnValue(Date.now() + 16 * 60_000);
    await backend.sweep();
    jest.restoreAllMocks();
    const after = await request(backend.server).get(`/api/n8n-actions/runs/${slow.body.id}`).set('Authorization', as('carol'));
    expect(after.body.run).toMatchObject({ status: 'failed', reason: 'No report from the workflow within 15 min' });
  });

  it("asks n8n's executions API about a run that never reported", async () => {
    const started = await request(backend.server)
      .post('/api/n8n-actions/runs')
      .set('Authorization', as('carol'))
      .send({ actionId: 'restart-deployment', entityRef: access.entityRef, parameters: { environment: 'prod' } });
    expect(started.body.status).toBe('running');
    // The workflow finished in n8n, but its report never arrived.
    n8n.executions.push({ id: '981', workflowId: 'wf-restart', status: 'success', data: { resultData: { body: { runId: started.body.id } } } });
    jest.spyOn(Date, 'now').mockReturnValue(Date.now() + 16 * 60_000);
    await backend.sweep();
    jest.restoreAllMocks();
    const after = await request(backend.server).get(`/api/n8n-actions/runs/${started.body.id}`).set('Authorization', as('carol'));
    expect(after.body.run).toMatchObject({ status: 'succeeded', executionId: '981' });
    expect(after.body.audit.at(-1).detail.message).toBe('n8n shows the execution succeeded (no report came)');
  });

  it('fails a run with the reason when n8n cannot be reached', async () => {
    await n8n.stop();
    const res = await request(backend.server)
      .post('/api/n8n-actions/runs')
      .set('Authorization', as('carol'))
      .send({ actionId: 'restart-deployment', entityRef: access.entityRef, parameters: { environment: 'prod' } });
    expect(res.body).toMatchObject({ status: 'failed', reason: 'n8n could not be reached (ECONNREFUSED)' });
  });

  it('returns the same run for the same request key, and calls the workflow once', async () => {
    const body = { actionId: 'restart-deployment', entityRef: access.entityRef, parameters: { environment: 'prod' }, requestKey: 'click-1' };
    const [a, b] = await Promise.all([
      request(backend.server).post('/api/n8n-actions/runs').set('Authorization', as('carol')).send(body),
      request(backend.server).post('/api/n8n-actions/runs').set('Authorization', as('carol')).send(body),
    ]);
    expect(a.body.id).toBe(b.body.id);
    expect(n8n.calls).toHaveLength(1);
  });

  it('lets a rejection end the run and tells the requester; contractors cannot decide', async () => {
    const run = (await request(backend.server).post('/api/n8n-actions/runs').set('Authorization', as('dan')).send(access)).body;
    expect((await request(backend.server).post(`/api/n8n-actions/runs/${run.id}/approve`).set('Authorization', as('cora')).send({})).status).toBe(403);
    const rejected = await request(backend.server)
      .post(`/api/n8n-actions/runs/${run.id}/reject`)
      .set('Authorization', as('carol'))
      .send({ comment: 'use the read replica' });
    expect(rejected.body).toMatchObject({ status: 'rejected', reason: 'Rejected by user:default/carol: use the read replica' });
    expect(backend.notifications.at(-1)?.payload.title).toBe('Rejected: Request production access for component:default/payments-api');
    expect(n8n.calls).toEqual([]);
  });
});

describe('the spec', () => {
  it('describes exactly the routes the router serves', async () => {
    // Declaring the routes touches none of the dependencies.
    const router = await createRouter({ callbackLimiter: (_req, _res, next) => next() } as Parameters<typeof createRouter>[0]);
    expect(() => assertRoutesMatchSpec(router, spec)).not.toThrow();
  });
});
