// Finding 5: self-service actions act on production through n8n.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { env } from './environment.mjs';

const run = (as, entityRef, parameters, actionId = 'restart-deployment') =>
  env.json('/api/n8n-actions/runs', { as, method: 'POST', body: { actionId, entityRef, parameters } });

describe('self-service actions', () => {
  test("a contractor cannot restart another team's service", async () => {
    const res = await run('contractor', 'component:default/checkout-api', { environment: 'prod' });
    assert.equal(res.status, 403, JSON.stringify(res.body));
  });

  test("an action without runners is for the entity's owners: another team is refused", async () => {
    const res = await run('owner', 'component:default/payments-api', { environment: 'dev' });
    assert.equal(res.status, 403, JSON.stringify(res.body));
  });

  test('owners run it, and a production target waits for another owner to approve', async () => {
    const dev = await run('otherTeam', 'component:default/payments-api', { environment: 'dev' });
    assert.equal(dev.status, 201, JSON.stringify(dev.body));
    assert.notEqual(dev.body.status, 'pending_approval');
    const prod = await run('otherTeam', 'component:default/payments-api', { environment: 'prod' });
    assert.equal(prod.status, 201, JSON.stringify(prod.body));
    assert.equal(prod.body.status, 'pending_approval');
  });

  test('parameters the action does not define are refused, by name', async () => {
    const res = await run('otherTeam', 'component:default/payments-api', { environment: 'dev', namespace: 'kube-system' });
    assert.equal(res.status, 400, JSON.stringify(res.body));
    assert.match(res.body.error.message, /namespace/);
  });

  test('an entity registered from outside the organisation cannot be acted on, even by its owners', async () => {
    await env.register(
      'otherTeam',
      'carol-tools/payments-shadow',
      {
        'catalog-info.yaml':
          'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: payments-shadow\nspec:\n  type: service\n  lifecycle: production\n  owner: group:default/payments-team\n',
      },
      'component:default/payments-shadow',
    );
    const res = await run('otherTeam', 'component:default/payments-shadow', { environment: 'dev' });
    assert.equal(res.status, 403, JSON.stringify(res.body));
    assert.match(res.body.error.message, /verified/);
  });
});
