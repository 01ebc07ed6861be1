import { mockCredentials, mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { startFakeDatadog } from '@internal/test-fakes';
import { assertRoutesMatchSpec, specRequest } from '@internal/api-contract-testing';
import claimsPlugin from '@internal/plugin-claims-backend';
import { datadogPlugin } from './plugin';
import { createRouter } from './router';
import { spec } from './schema/openapi.generated';

/** supertest, with every answer checked against the plugin's spec. */
const request = (server: Parameters<typeof specRequest>[0]) => specRequest(server, spec);

jest.setTimeout(60_000);

const entities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'developer-portal',
      annotations: { 'datadoghq.com/service-name': 'developer-portal', 'backstage.io/managed-by-origin-location': 'file:/portal/catalog-info.yaml' },
    },
    spec: { type: 'website', lifecycle: 'production', owner: 'platform-team' },
  },
  // Registered from outside the configuration, naming the portal's Datadog service.
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'portal-watcher', annotations: { 'datadoghq.com/service-name': 'developer-portal' } },
    spec: { type: 'service', lifecycle: 'production', owner: 'checkout-team' },
  },
];

describe('Datadog API', () => {
  let dd: Awaited<ReturnType<typeof startFakeDatadog>>;
  let server: any;
  let stop: () => Promise<void>;

  beforeEach(async () => {
    dd = await startFakeDatadog({ apiKey: 'dd-api', appKey: 'dd-app' });
    const backend = await startTestBackend({
      features: [
        datadogPlugin,
        claimsPlugin,
        mockServices.rootConfig.factory({
          data: {
            datadog: { apiUrl: dd.url, apiKey: 'dd-api', appKey: 'dd-app', timeoutMs: 1000 },
            catalog: { locations: [{ type: 'file', target: '/portal/catalog-info.yaml' }] },
          },
        }),
        catalogServiceMock.factory({ entities }),
      ],
    });
    server = backend.server;
    stop = () => backend.stop();
  });
  afterEach(async () => {
    await stop();
    await dd.stop();
  });

  const monitoring = () =>
    request(server).get('/api/datadog/monitoring?entityRef=component:default/developer-portal').set('Authorization', mockCredentials.user.header());

  it('lists the monitors tagged with the service, its dashboards and links; the keys never leave the backend', async () => {
    const res = await monitoring();
    expect(res.status).toBe(200);
    expect(res.body.monitors.map((m: any) => [m.name, m.status])).toEqual([
      ['Portal p95 latency above 800 ms', 'OK'],
      ['Portal error rate above 2%', 'Alert'],
      ['Portal pods restarting', 'Warn'],
    ]);
    expect(res.body.monitors[1].url).toBe('https://app.datadoghq.com/monitors/1002');
    expect(res.body.dashboards).toEqual([
      { title: 'developer-portal overview', url: 'https://app.datadoghq.com/dashboard/abc-def-ghi/developer-portal-overview' },
    ]);
    expect(res.body.links).toEqual({
      logs: 'https://app.datadoghq.com/logs?query=service%3Adeveloper-portal',
      apm: 'https://app.datadoghq.com/apm/services/developer-portal',
      monitors: 'https://app.datadoghq.com/monitors/manage?q=service%3Adeveloper-portal',
    });
    expect(dd.requests[0].query.get('query')).toBe('tag:"service:developer-portal"');
    expect(JSON.stringify(res.body)).not.toMatch(/dd-api|dd-app/);
    expect(
      (await request(server).get('/api/datadog/monitoring?entityRef=component:default/developer-portal').set('Authorization', mockCredentials.none.header()))
        .status,
    ).toBe(401);
  });

  it("shows none of a service's monitors to an entity whose claim on it is not verified, and says so", async () => {
    const res = await request(server)
      .get('/api/datadog/monitoring?entityRef=component:default/portal-watcher')
      .set('Authorization', mockCredentials.user.header());
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      service: 'developer-portal',
      monitors: [],
      dashboards: [],
      claim: { kind: 'datadog-service', value: 'developer-portal', status: 'unverified' },
    });
    expect(res.body.claim.howToVerify).toMatch(/ask a platform admin/);
    expect(dd.requests).toEqual([]);
  });

  it('answers with a clear error, within the timeout, when Datadog fails', async () => {
    dd.fail('error500');
    const failed = await monitoring();
    expect(failed.status).toBe(502);
    expect(failed.body.error.message).toBe('Datadog answered 500: internal error');
    dd.fail('hang');
    const started = Date.now();
    const slow = await monitoring();
    expect(slow.status).toBe(504);
    expect(slow.body.error.message).toBe('Datadog did not answer within 1 s');
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('the spec', () => {
  it('describes exactly the routes the router serves', async () => {
    const router = await createRouter({} as Parameters<typeof createRouter>[0]);
    expect(() => assertRoutesMatchSpec(router, spec)).not.toThrow();
  });
});
