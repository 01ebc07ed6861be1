// Finding 2: switches for laptops (file locations, local publishing) carried into production by
// the configuration's layering.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { env } from './environment.mjs';

describe('development switches in production', () => {
  test('nobody, a contractor least of all, can make the catalog read a file of the server', async () => {
    const file = path.join(env.scratch, 'server-only.yaml');
    fs.writeFileSync(
      file,
      'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: server-only\n  description: read from the server disk\nspec:\n  type: service\n  lifecycle: production\n  owner: group:default/contractors\n',
    );
    for (const who of ['contractor', 'owner']) {
      const res = await env.json('/api/catalog/locations?dryRun=true', { as: who, method: 'POST', body: { type: 'file', target: file } });
      assert.equal(res.status, 400, `${who}: ${JSON.stringify(res.body).slice(0, 300)}`);
      assert.match(res.body.error.message, /allowed type/);
    }
  });

  test('the local publishing actions are not offered', async () => {
    const res = await env.json('/api/scaffolder/v2/actions', { as: 'admin' });
    assert.equal(res.status, 200);
    const ids = res.body.map(a => a.id);
    assert.ok(ids.includes('publish:github'), ids.join(', '));
    for (const id of ['publish:local', 'publish:local:pull-request', 'catalog:register:local']) assert.ok(!ids.includes(id), `${id} is offered`);
  });
});
