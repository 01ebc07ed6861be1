import { mockCredentials, mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { startFakeDatadog } from '@internal/test-fakes';
import request from 'supertest';
import { datadogPlugin } from './plugin';

jest.setTimeout(60_000);

const entities = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'developer-portal', annotations: { 'datadoghq.com/service-name': 'developer-portal' } },
    spec: { type: 'website', lifecycle: 'production', owner: 'platform-team' },
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
        mockServices.rootConfig.factory({ data: { datadog: { apiUrl: dd.url, apiKey: 'dd-api', appKey: 'dd-app', timeoutMs: 1000 } } }),
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

  it("lists the monitors tagged with the service, its dashboards and links; the keys never leave the backend", async () => {
    const res = await monitoring();
    expect(res.status).toBe(200);
    expect(res.body.monitors.map((m: any) => [m.name, m.status])).toEqual([
      ['Portal p95 latency above 800 ms', 'OK'],
      ['Portal error rate above 2%', 'Alert'],
      ['Portal pods restarting', 'Warn'],
    ]);
    expect(res.body.monitors[1].url).toBe('https://app.datadoghq.com/monitors/1002');
    expect(res.body.dashboards).toEqual([{ title: 'developer-portal overview', url: 'https://app.datadoghq.com/dashboard/abc-def-ghi/developer-portal-overview' }]);
    expect(res.body.links).toEqual({
      logs: 'https://app.datadoghq.com/logs?query=service%3Adeveloper-portal',
      apm: 'https://app.datadoghq.com/apm/services/developer-portal',
      monitors: 'https://app.datadoghq.com/monitors/manage?q=service%3Adeveloper-portal',
    });
    expect(dd.requests[0].query.get('query')).toBe('tag:"service:developer-portal"');
    expect(JSON.stringify(res.body)).not.toMatch(/dd-api|dd-app/);
    expect((await request(server).get('/api/datadog/monitoring?entityRef=component:default/developer-portal').set('Authorization', mockCredentials.none.header())).status).toBe(401);
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
