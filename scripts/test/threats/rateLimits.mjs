// Finding 7: the webhook routes and the self-service callback are open to the internet.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { env, githubSignature } from './environment.mjs';

/** Posts `count` deliveries from `source`, `concurrency` at a time; resolves with the responses. */
async function flood(path, { count, concurrency, source, body = () => 'x'.repeat(50 * 1024), headers = () => ({}) }) {
  const answers = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const payload = body(i);
      const res = await env.api(path, {
        method: 'POST',
        body: payload,
        headers: { 'content-type': 'application/json', 'x-forwarded-for': source, ...headers(i, payload) },
      });
      answers.push({ status: res.status, retryAfter: res.headers.get('retry-after') });
      await res.arrayBuffer();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return answers;
}

describe('open routes', () => {
  test('a flood of badly signed deliveries from one source is answered 429 with Retry-After', async () => {
    const answers = await flood('/api/dora/webhooks/github', {
      count: 1500,
      concurrency: 30,
      source: '203.0.113.7',
      headers: i => ({ 'x-github-event': 'push', 'x-github-delivery': `flood-${i}`, 'x-hub-signature-256': 'sha256=00' }),
    });
    const limited = answers.filter(a => a.status === 429);
    assert.ok(limited.length > 0, `no 429 in ${answers.length} answers: ${[...new Set(answers.map(a => a.status))]}`);
    assert.ok(
      limited.every(a => Number(a.retryAfter) > 0),
      'a 429 without Retry-After',
    );
    assert.ok(
      answers.every(a => a.status === 401 || a.status === 429),
      [...new Set(answers.map(a => a.status))].join(', '),
    );
  });

  test('the self-service callback is limited the same way', async () => {
    const answers = await flood('/api/n8n-actions/callback', { count: 1500, concurrency: 30, source: '203.0.113.8', body: () => '{}' });
    assert.ok(
      answers.some(a => a.status === 429),
      [...new Set(answers.map(a => a.status))].join(', '),
    );
  });

  test('a signed sender that stays within the limit is never refused, during a flood from elsewhere', async () => {
    const [flooding, signed] = await Promise.all([
      flood('/api/dora/webhooks/github', {
        count: 1000,
        concurrency: 20,
        source: '203.0.113.9',
        headers: i => ({ 'x-github-event': 'push', 'x-github-delivery': `flood-b-${i}`, 'x-hub-signature-256': 'sha256=00' }),
      }),
      flood('/api/dora/webhooks/github', {
        count: 40,
        concurrency: 2,
        source: '198.51.100.20',
        body: i => JSON.stringify({ ref: 'refs/heads/main', repository: { full_name: 'acme/steady-sender', default_branch: 'main' }, commits: [], n: i }),
        headers: (i, payload) => ({ 'x-github-event': 'push', 'x-github-delivery': `steady-${i}`, 'x-hub-signature-256': githubSignature(payload) }),
      }),
    ]);
    assert.ok(flooding.some(a => a.status === 429));
    assert.deepEqual([...new Set(signed.map(a => a.status))], [202]);
  });
});
