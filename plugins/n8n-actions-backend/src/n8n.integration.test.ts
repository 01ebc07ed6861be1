import { TestDatabases, mockCredentials } from '@backstage/backend-test-utils';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { specRequest } from '@internal/api-contract-testing';
import { spec } from './schema/openapi.generated';
import { CALLBACK_SECRET, WEBHOOK_HEADER, startActionsBackend } from './__testUtils__/backend';
import { startN8n } from './dev/n8n';

/** supertest, with every answer checked against the plugin's spec. */
const request = (server: Parameters<typeof specRequest>[0]) => specRequest(server, spec);

jest.setTimeout(240_000);

const as = (name: string) => mockCredentials.user.header(`user:default/${name}`);

/** Forwards to the test backend, so n8n has a fixed callback address before the backend starts. */
async function forwarder() {
  let target = '';
  const server = http.createServer((req, res) => {
    const upstream = http.request(`${target}${req.url}`, { method: req.method, headers: req.headers }, up => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    req.pipe(upstream);
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    setTarget: (url: string) => void (target = url),
    stop: () => new Promise(resolve => server.close(resolve)),
  };
}

describe('self-service actions against a real n8n', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
  let n8n: Awaited<ReturnType<typeof startN8n>>;
  beforeAll(async () => {
    n8n = await startN8n({ callbackSecret: CALLBACK_SECRET, webhookHeader: WEBHOOK_HEADER });
  });
  afterAll(() => n8n?.stop());

  it('requests, approves, runs the real workflow, records its signed report, and revokes on expiry', async () => {
    const portal = await forwarder();
    const knex = await databases.init('SQLITE_3');
    const backend = await startActionsBackend(knex, n8n.url, { callbackBaseUrl: portal.url });
    portal.setTarget(`http://127.0.0.1:${backend.server.port()}`);
    try {
      const run = (
        await request(backend.server)
          .post('/api/n8n-actions/runs')
          .set('Authorization', as('carol'))
          .send({
            actionId: 'production-access',
            entityRef: 'component:default/payments-api',
            parameters: { reason: 'incident 4711 needs logs', role: 'admin' },
          })
      ).body;
      expect(run.status).toBe('pending_approval');
      await request(backend.server).post(`/api/n8n-actions/runs/${run.id}/approve`).set('Authorization', as('dan')).send({});

      // The workflow runs in n8n and reports back, signed, to the callback.
      const get = async () => (await request(backend.server).get(`/api/n8n-actions/runs/${run.id}`).set('Authorization', as('carol'))).body;
      let view = await get();
      for (let i = 0; i < 60 && view.run.status === 'running'; i++) {
        await new Promise(resolve => setTimeout(resolve, 500));
        view = await get();
      }
      expect(view.run).toMatchObject({ status: 'succeeded' });
      expect(view.audit.find((a: { event: string }) => a.event === 'callback').detail.message).toBe(
        'Granted admin access to component:default/payments-api for user:default/carol',
      );

      // An hour later the revoke workflow runs in n8n, and the grant is expired.
      jest.spyOn(Date, 'now').mockReturnValue(Date.now() + 3600_000 + 1000);
      await backend.sweep();
      jest.restoreAllMocks();
      view = await get();
      expect(view.run.status).toBe('expired');
    } finally {
      await backend.stop();
      await portal.stop();
    }
  });

  it('refuses calls without the webhook credential, as the portal relies on', async () => {
    const res = await fetch(`${n8n.url}/webhook/portal/production-access`, { method: 'POST', headers: { [WEBHOOK_HEADER.name]: 'wrong' }, body: '{}' });
    expect(res.status).toBe(403);
  });
});
