import { FakeAnswer, FakeRequest, FakeServer, startFakeServer } from './server';

export interface FakeMonitor {
  id: number;
  name: string;
  status: 'OK' | 'Alert' | 'Warn' | 'No Data';
  type: string;
  tags: string[];
}

/** Monitors of the demo organisation's services, tagged `service:<name>` as Datadog teams do. */
export function demoMonitors(): FakeMonitor[] {
  return [
    { id: 1001, name: 'Portal p95 latency above 800 ms', status: 'OK', type: 'query alert', tags: ['service:developer-portal', 'env:prod'] },
    { id: 1002, name: 'Portal error rate above 2%', status: 'Alert', type: 'query alert', tags: ['service:developer-portal', 'env:prod'] },
    { id: 1003, name: 'Portal pods restarting', status: 'Warn', type: 'query alert', tags: ['service:developer-portal', 'env:staging'] },
    { id: 2001, name: 'Checkout 5xx above 1%', status: 'OK', type: 'query alert', tags: ['service:checkout-api', 'env:prod'] },
    { id: 3001, name: 'Fraud model score drift', status: 'Warn', type: 'query alert', tags: ['service:fraud-detector', 'env:prod'] },
  ];
}

/**
 * A fake of Datadog's API on 127.0.0.1: monitor search (`GET /api/v1/monitor/search`) and the
 * dashboard list (`GET /api/v1/dashboard`), both needing DD-API-KEY and DD-APPLICATION-KEY.
 */
export async function startFakeDatadog(options: { apiKey: string; appKey: string; monitors?: FakeMonitor[]; port?: number }): Promise<FakeServer> {
  const monitors = options.monitors ?? demoMonitors();
  const route = (req: FakeRequest): FakeAnswer => {
    // A shared (public) dashboard, as https://p.<site>/sb/<token> serves it to a browser: no keys.
    const shared = /^\/sb\/([\w-]+)$/.exec(req.path);
    if (req.method === 'GET' && shared) {
      return {
        status: 200,
        html: `<!doctype html><html lang="en"><title>Shared dashboard</title><h1>Shared dashboard ${shared[1]}</h1><p>Requests, errors and latency.</p></html>`,
      };
    }
    if (req.headers['dd-api-key'] !== options.apiKey || req.headers['dd-application-key'] !== options.appKey) {
      return { status: 403, body: { errors: ['Forbidden'] } };
    }
    if (req.method === 'GET' && req.path === '/api/v1/monitor/search') {
      // Supports the `tag:"key:value"` terms the portal sends.
      const tags = [...(req.query.get('query') ?? '').matchAll(/tag:"([^"]+)"/g)].map(m => m[1]);
      const found = monitors.filter(m => tags.every(t => m.tags.includes(t)));
      const counts = (['OK', 'Alert', 'Warn', 'No Data'] as const).map(s => ({ name: s, count: found.filter(m => m.status === s).length }));
      return {
        status: 200,
        body: {
          monitors: found.map(m => ({
            ...m,
            classification: 'metric',
            creator: { name: 'Dev Eloper' },
            last_triggered_ts: null,
            metrics: [],
            notifications: [],
            org_id: 1,
            overall_state_modified: null,
            priority: null,
            scopes: [],
          })),
          counts: { status: counts, muted: [], tag: [], type: [] },
          metadata: { page: 0, page_count: 1, per_page: 30, total_count: found.length },
        },
      };
    }
    if (req.method === 'GET' && req.path === '/api/v1/dashboard') {
      return {
        status: 200,
        body: {
          dashboards: [
            {
              id: 'abc-def-ghi',
              title: 'developer-portal overview',
              url: '/dashboard/abc-def-ghi/developer-portal-overview',
              layout_type: 'ordered',
              author_handle: 'dev@acme.example',
            },
            {
              id: 'jkl-mno-pqr',
              title: 'checkout-api golden signals',
              url: '/dashboard/jkl-mno-pqr/checkout-api-golden-signals',
              layout_type: 'ordered',
              author_handle: 'dev@acme.example',
            },
          ],
        },
      };
    }
    return { status: 404, body: { errors: ['Not found'] } };
  };
  // Datadog answers errors as { errors: [...] }.
  return startFakeServer(route, options.port, (_status, message) => ({ errors: [message] }));
}
