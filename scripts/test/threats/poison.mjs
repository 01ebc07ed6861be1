// Finding 8: a correctly signed delivery the portal cannot store must not stay pending forever.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { env, githubSignature } from './environment.mjs';
import { eventually } from '../lib/processes.mjs';

const argocd = body =>
  env.api('/api/dora/webhooks/argocd', {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', 'x-dora-token': env.backendEnv.DORA_ARGOCD_TOKEN, 'x-forwarded-for': '192.0.2.80' },
  });

/** Whether the admins' list of deliveries that could not be read names `text`. */
const listed = async text => {
  const { status, body } = await env.json('/api/dora/unmapped', { as: 'admin' });
  return status === 200 && JSON.stringify(body.unreadable).includes(text);
};

describe('deliveries the portal cannot store', () => {
  test('an Argo CD notification with a 255-character app name is refused or listed for admins, never left pending', async () => {
    const app = `a${'x'.repeat(254)}`;
    const res = await argocd({ app, revision: 'f'.repeat(64), phase: 'Succeeded', finishedAt: new Date().toISOString(), environment: 'prod' });
    if (res.status === 400) {
      assert.match((await res.json()).error.message, /app/);
      return;
    }
    assert.equal(res.status, 202, await res.text());
    await eventually(() => listed(app.slice(0, 40)), 'the delivery in the list of unreadable deliveries', 40_000);
  });

  test('a GitHub push holding a NUL character is stored or listed for admins, never left pending', async () => {
    const body = JSON.stringify({
      ref: 'refs/heads/main',
      after: 'c0ffee'.padEnd(40, '0'),
      repository: { full_name: 'acme/nul-repo', default_branch: 'main' },
      commits: [{ id: 'c0ffee'.padEnd(40, '0'), timestamp: new Date().toISOString(), url: 'https://github.com/acme/nul-repo/commit/\u0000c0ffee' }],
    });
    const res = await env.api('/api/dora/webhooks/github', {
      method: 'POST',
      body,
      headers: {
        'content-type': 'application/json',
        'x-github-event': 'push',
        'x-github-delivery': 'threat-nul-1',
        'x-hub-signature-256': githubSignature(body),
        'x-forwarded-for': '192.0.2.81',
      },
    });
    if (res.status === 400) return;
    assert.equal(res.status, 202, await res.text());
    await eventually(
      async () => (await listed('threat-nul-1')) || JSON.stringify((await env.json('/api/dora/unmapped', { as: 'admin' })).body.sources).includes('nul-repo'),
      'the delivery read or listed',
      40_000,
    );
  });
});
