// Finding 3: which outside resources belong to an entity comes from its own annotations, and
// anyone may register an entity. A claim grants nothing until it is verified.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { env, githubSignature } from './environment.mjs';
import { eventually, sleep } from '../lib/processes.mjs';

const component = (name, owner, annotations) => `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: ${name}
  annotations:
${Object.entries(annotations)
  .map(([k, v]) => `    ${k}: ${JSON.stringify(v)}`)
  .join('\n')}
spec:
  type: service
  lifecycle: production
  owner: ${owner}
`;

const argoApp = async name => {
  const res = await fetch(`http://127.0.0.1:${env.ports.argocd}/api/v1/applications/${name}`, {
    headers: { authorization: `Bearer ${env.backendEnv.ARGOCD_TOKEN}` },
  });
  return res.json();
};

const sync = (as, entityRef, application) =>
  env.json('/api/argocd/entity/sync', { as, method: 'POST', body: { entityRef, instance: 'main', application, confirm: application } });

const total = amounts => Object.values(amounts).reduce((s, n) => s + n, 0);

describe('claims on outside resources', () => {
  test("a member of another team cannot sync or roll back a team's production app by claiming it", async () => {
    // Carol (payments) registers a component of her own team that names checkout's production app.
    await env.register(
      'otherTeam',
      'carol-tools/deploy-helper',
      { 'catalog-info.yaml': component('deploy-helper', 'group:default/payments-team', { 'argocd/app-name': 'checkout-api-prod' }) },
      'component:default/deploy-helper',
    );
    const before = (await argoApp('checkout-api-prod')).status.history.length;
    const synced = await sync('otherTeam', 'component:default/deploy-helper', 'checkout-api-prod');
    assert.equal(synced.status, 403, JSON.stringify(synced.body));
    const rolledBack = await env.json('/api/argocd/entity/rollback', {
      as: 'otherTeam',
      method: 'POST',
      body: { entityRef: 'component:default/deploy-helper', instance: 'main', application: 'checkout-api-prod', confirm: 'checkout-api-prod', historyId: 0 },
    });
    assert.equal(rolledBack.status, 403, JSON.stringify(rolledBack.body));
    assert.equal((await argoApp('checkout-api-prod')).status.history.length, before, 'Argo CD was asked to act');
    // The tab shows the application as an unverified claim, with no actions.
    const view = await env.json('/api/argocd/entity/applications?entityRef=component:default/deploy-helper', { as: 'otherTeam' });
    assert.equal(view.status, 200);
    const [app] = view.body.applications;
    assert.equal(app?.claim?.status, 'unverified');
    assert.equal(app.canSync, false);
    assert.equal(app.canRollback, false);
  });

  test('the owners of an application still sync it', async () => {
    const synced = await sync('owner', 'component:default/checkout-api', 'checkout-api-prod');
    assert.equal(synced.status, 200, JSON.stringify(synced.body));
  });

  test("claiming a confidential service's Datadog service shows none of its monitors", async () => {
    // Erin (checkout) cannot read the fraud detector; she names its Datadog service twice over:
    // by annotation, and by an entity of the same name in another namespace (the default service).
    await env.register(
      'owner',
      'erin-tools/monitors',
      {
        'catalog-info.yaml': `${component('fraud-watch', 'group:default/checkout-team', { 'datadoghq.com/service-name': 'fraud-detector' })}---
${component('fraud-detector', 'group:default/checkout-team', {}).replace('name: fraud-detector', 'name: fraud-detector\n  namespace: erin')}`,
      },
      'component:erin/fraud-detector',
    );
    for (const ref of ['component:default/fraud-watch', 'component:erin/fraud-detector']) {
      const res = await env.json(`/api/datadog/monitoring?entityRef=${ref}`, { as: 'owner' });
      assert.ok(res.status < 500, JSON.stringify(res.body));
      assert.ok(!JSON.stringify(res.body).includes('Fraud model score drift'), `${ref} shows the fraud detector's monitors`);
    }
    // Its owners still see them.
    const own = await env.json('/api/datadog/monitoring?entityRef=component:default/fraud-detector', { as: 'otherTeam' });
    assert.ok(JSON.stringify(own.body).includes('Fraud model score drift'), JSON.stringify(own.body));
  });

  test("claiming another service's cost tag neither shows its costs nor takes them from its owners", async () => {
    await env.register(
      'owner',
      'erin-tools/costs',
      { 'catalog-info.yaml': component('aaa-cost-claim', 'group:default/checkout-team', { 'cost/tag': 'fraud-detector' }) },
      'component:default/aaa-cost-claim',
    );
    await sleep(8_000); // the dimension map is rebuilt every 5 s here
    const claimed = await env.json('/api/cost/entity?entityRef=component:default/aaa-cost-claim', { as: 'owner' });
    assert.equal(claimed.status, 200);
    assert.equal(total(claimed.body.thisMonth) + total(claimed.body.lastMonth), 0, 'the claim was given the costs');
    const real = await env.json('/api/cost/entity?entityRef=component:default/fraud-detector', { as: 'otherTeam' });
    assert.ok(total(real.body.lastMonth) > 0, 'the owners lost their costs');
  });

  test("claiming another service's repository shows none of its deliveries", async () => {
    await env.register(
      'owner',
      'erin-tools/delivery',
      { 'catalog-info.yaml': component('delivery-claim', 'group:default/checkout-team', { 'github.com/project-slug': 'acme/fraud-detector' }) },
      'component:default/delivery-claim',
    );
    await sleep(8_000); // the service map is rebuilt every 5 s here
    const body = JSON.stringify({
      action: 'created',
      deployment_status: { id: 771, state: 'success', environment: 'production', created_at: new Date().toISOString(), target_url: '' },
      deployment: { id: 770, sha: 'f00dfeed'.repeat(5), ref: 'main', environment: 'production', created_at: new Date().toISOString(), payload: {} },
      repository: { full_name: 'acme/fraud-detector', default_branch: 'main', html_url: 'https://github.com/acme/fraud-detector' },
    });
    const delivered = await env.api('/api/dora/webhooks/github', {
      method: 'POST',
      body,
      headers: {
        'content-type': 'application/json',
        'x-github-event': 'deployment_status',
        'x-github-delivery': 'threat-770',
        'x-hub-signature-256': githubSignature(body),
      },
    });
    assert.equal(delivered.status, 202);
    await eventually(
      async () => {
        const real = await env.json('/api/dora/deployments?entityRef=component:default/fraud-detector', { as: 'otherTeam' });
        return JSON.stringify(real.body).includes('f00dfeed');
      },
      "the fraud detector's deployment",
      30_000,
    );
    const claimed = await env.json('/api/dora/deployments?entityRef=component:default/delivery-claim', { as: 'owner' });
    assert.equal(claimed.status, 200);
    assert.ok(!JSON.stringify(claimed.body).includes('f00dfeed'), 'the claim was given the deployments');
  });

  test('conflicting claims are listed for admins, and an unverified claim says how to verify it', async () => {
    const conflicts = await env.json('/api/claims/conflicts', { as: 'admin' });
    assert.equal(conflicts.status, 200, JSON.stringify(conflicts.body));
    const cost = conflicts.body.conflicts.find(c => c.kind === 'cost-tag' && c.value === 'fraud-detector');
    assert.ok(cost, JSON.stringify(conflicts.body));
    assert.deepEqual(cost.claimants.map(c => [c.entityRef, c.status]).sort(), [
      ['component:default/aaa-cost-claim', 'unverified'],
      ['component:default/fraud-detector', 'verified'],
    ]);
    // Erin cannot read the fraud detector: she sees her own claim, and not who else claims it.
    const own = await env.json('/api/claims/entity?entityRef=component:default/aaa-cost-claim', { as: 'owner' });
    assert.equal(own.status, 200, JSON.stringify(own.body));
    const [claim] = own.body.claims;
    assert.equal(claim.status, 'unverified');
    assert.match(claim.howToVerify, /admin/);
    assert.ok(!JSON.stringify(own.body).includes('component:default/fraud-detector'), 'a confidential claimant is named');
  });

  test('an admin can approve a claim, and only an admin', async () => {
    // checkout-api-staging is an application nobody else claims.
    await env.register(
      'otherTeam',
      'carol-tools/staging-helper',
      { 'catalog-info.yaml': component('staging-helper', 'group:default/payments-team', { 'argocd/app-name': 'checkout-api-staging' }) },
      'component:default/staging-helper',
    );
    assert.equal((await sync('otherTeam', 'component:default/staging-helper', 'checkout-api-staging')).status, 403);
    const approval = { kind: 'argocd-app', value: 'checkout-api-staging', entityRef: 'component:default/staging-helper' };
    for (const who of ['otherTeam', 'contractor', 'owner']) {
      const refused = await env.json('/api/claims/approvals', { as: who, method: 'POST', body: approval });
      assert.equal(refused.status, 403, `${who}: ${JSON.stringify(refused.body)}`);
    }
    const approved = await env.json('/api/claims/approvals', { as: 'admin', method: 'POST', body: approval });
    assert.equal(approved.status, 201, JSON.stringify(approved.body));
    const synced = await sync('otherTeam', 'component:default/staging-helper', 'checkout-api-staging');
    assert.equal(synced.status, 200, JSON.stringify(synced.body));
  });
});
