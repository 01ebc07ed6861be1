// Finding 4: the read routes the Roadie Argo CD frontend calls take an application's name or a
// label selector from the caller.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { env } from './environment.mjs';

describe("Argo CD's read routes", () => {
  test('answer for an application only to people who may read the entity that owns it', async () => {
    // The fraud detector is confidential: its team reads it, a contractor and other teams do not.
    const byName = '/api/argocd/argoInstance/main/applications/name/fraud-detector-prod';
    for (const who of ['contractor', 'owner']) {
      const found = await env.json('/api/argocd/find/name/fraud-detector-prod', { as: who });
      assert.deepEqual(found.body, [], `${who} found the application`);
      const app = await env.json(byName, { as: who });
      assert.equal(app.status, 404, `${who}: ${JSON.stringify(app.body).slice(0, 200)}`);
      const revision = await env.json(`${byName}/revisions/${'a'.repeat(40)}/metadata`, { as: who });
      assert.equal(revision.status, 404, `${who}: ${JSON.stringify(revision.body).slice(0, 200)}`);
    }
    const own = await env.json(byName, { as: 'otherTeam' }); // Carol is in the payments team
    assert.equal(own.status, 200);
    assert.equal(own.body.metadata.name, 'fraud-detector-prod');
  });

  test('answer for no application that no entity claims', async () => {
    const app = await env.json('/api/argocd/argoInstance/main/applications/name/checkout-api-dev', { as: 'owner' });
    assert.equal(app.status, 404, JSON.stringify(app.body).slice(0, 200));
    assert.deepEqual((await env.json('/api/argocd/find/name/checkout-api-dev', { as: 'owner' })).body, []);
  });

  test('refuse a free selector that would list every production application', async () => {
    for (const path of ['/api/argocd/argoInstance/main/applications/selector/environment=prod', '/api/argocd/find/selector/environment=prod']) {
      const res = await env.json(path, { as: 'owner' });
      assert.equal(res.status, 400, `${path}: ${JSON.stringify(res.body).slice(0, 300)}`);
      assert.match(res.body.error.message, /selector/);
    }
  });
});
