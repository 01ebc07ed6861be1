import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';

// Runs after every journey of the lane (a project that depends on them): what each replica's
// Prometheus endpoint (scripts/production/start.mjs --e2e: ports 7310 and 7311) shows then.
const REPLICAS = ['http://127.0.0.1:7310/metrics', 'http://127.0.0.1:7311/metrics'];
const docs = fs.readFileSync(path.resolve(__dirname, '../../../../docs/operations/metrics.md'), 'utf8');

/** Every sample of the scrape: name, labels, value. */
function samples(text: string) {
  return text
    .split('\n')
    .filter(line => line && !line.startsWith('#'))
    .map(line => {
      const [, name, labels = '', value] = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line)!;
      return { name, labels: Object.fromEntries([...labels.matchAll(/(\w+)="([^"]*)"/g)].map(m => [m[1], m[2]])), value: Number(value) };
    });
}

test("both replicas serve the portal's own series, and they count the journeys", async ({ request }) => {
  const scrapes = await Promise.all(REPLICAS.map(async url => ({ url, samples: samples(await (await request.get(url)).text()) })));
  const all = scrapes.flatMap(s => s.samples);
  const sum = (name: string, where: Record<string, string> = {}) =>
    all.filter(s => s.name === name && Object.entries(where).every(([k, v]) => s.labels[k] === v)).reduce((n, s) => n + s.value, 0);

  // Every series docs/operations/metrics.md defines is there.
  const defined = [...new Set([...docs.matchAll(/`(portal_[a-z_]+)`/g)].map(m => m[1]))];
  expect(defined.length).toBeGreaterThanOrEqual(5);
  for (const name of defined) expect([name, all.some(s => s.name === name)]).toEqual([name, true]);

  // The demo DORA events were posted to the webhooks, and n8n reported the self-service runs.
  expect(sum('portal_webhook_deliveries_total', { route: 'DORA webhooks', outcome: 'accepted' })).toBeGreaterThan(0);
  expect(sum('portal_webhook_deliveries_total', { route: 'n8n-actions callback', outcome: 'accepted' })).toBeGreaterThan(0);
  // The self-service journey's grant: approved, run, reported (its status now, on every replica).
  const runs = all.filter(s => s.name === 'portal_self_service_runs' && s.labels.status !== 'pending_approval');
  expect(Math.max(...runs.map(s => s.value))).toBeGreaterThan(0);
  // Argo CD's applications and the FOCUS export were read.
  expect(sum('portal_ingestion_runs_total', { source: 'argocd:applications', outcome: 'succeeded' })).toBeGreaterThan(0);
  expect(
    all.some(s => s.name === 'portal_ingestion_runs_total' && s.labels.source.startsWith('cost:focus') && s.labels.outcome === 'succeeded' && s.value > 0),
  ).toBe(true);
  // OpenTelemetry's own instrumentation saw the pages' requests on both replicas.
  for (const { url, samples: own } of scrapes) {
    expect([url, own.filter(s => s.name === 'http_server_request_duration_count').reduce((n, s) => n + s.value, 0) > 0]).toEqual([url, true]);
  }
});
