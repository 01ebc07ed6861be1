import { mockCredentials, mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { portalPolicyForTests } from '@internal/plugin-permission-backend-module-portal-policy/testUtils';
import { assertRoutesMatchSpec, specRequest } from '@internal/api-contract-testing';
import { createRouter } from './router';
import { spec } from './schema/openapi.generated';

/** supertest, with every answer checked against the plugin's spec. */
const request = (server: Parameters<typeof specRequest>[0]) => specRequest(server, spec);
import { claimsPlugin } from './plugin';

jest.setTimeout(60_000);

const { userInfo, authorize } = portalPolicyForTests({
  'user:default/carol': ['group:default/payments-team'],
  'user:default/erin': ['group:default/checkout-team'],
  'user:default/alice': ['group:default/platform-admins'],
});
const as = (user: string) => mockCredentials.user.header(`user:default/${user}`);
const service = mockCredentials.service.header();

const CONFIGURED = { 'backstage.io/managed-by-origin-location': 'file:/org/catalog-info.yaml' };
const component = (name: string, owner: string, annotations: Record<string, string>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, annotations },
  spec: { type: 'service', lifecycle: 'production', owner },
  relations: [{ type: 'ownedBy', targetRef: `group:default/${owner}` }],
});
const fromRepository = (repo: string) => ({ 'backstage.io/managed-by-location': `url:https://github.com/${repo}/blob/main/catalog-info.yaml` });

const entities = [
  component('fraud-detector', 'payments-team', { ...CONFIGURED, 'cost/tag': 'fraud-detector', 'portal/confidential': 'true' }),
  component('aaa-cost-claim', 'checkout-team', { 'cost/tag': 'fraud-detector', ...fromRepository('erin/tools') }),
  component('billing', 'checkout-team', { 'cost/tag': 'billing', ...fromRepository('acme/billing') }),
  component('billing-copy', 'payments-team', { 'cost/tag': 'billing', ...fromRepository('acme/billing-copy') }),
  component('deployer', 'checkout-team', { 'argocd/app-name': 'deployer-prod', ...fromRepository('erin/deployer') }),
];

describe('claims API', () => {
  let server: any;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    const backend = await startTestBackend({
      features: [
        claimsPlugin,
        mockServices.rootConfig.factory({
          data: {
            catalog: { locations: [{ type: 'file', target: '/org/catalog-info.yaml' }] },
            portal: { claims: { trustedRepositories: ['github.com/acme/*'] } },
          },
        }),
        catalogServiceMock.factory({ entities }),
        mockServices.userInfo.mock(userInfo).factory,
        mockServices.permissions.mock({ authorize: authorize as any, authorizeConditional: authorize as any }).factory,
      ],
    });
    server = backend.server;
    stop = () => backend.stop();
  });
  afterAll(() => stop());

  // Which claimants a caller may see is the catalog's answer with their credentials; the threat
  // tests check it against the real catalog and policy (the mock here answers everyone alike).
  it("shows an entity's claims, with the other claimants, and how to verify an unverified one", async () => {
    const erin = await request(server).get('/api/claims/entity?entityRef=component:default/aaa-cost-claim').set('Authorization', as('erin'));
    expect(erin.status).toBe(200);
    expect(erin.body.claims.find((c: { kind: string }) => c.kind === 'cost-tag')).toEqual({
      kind: 'cost-tag',
      value: 'fraud-detector',
      status: 'unverified',
      reason: 'nothing vouches for the claim: the entity was registered from outside the organisation',
      mayAct: false,
      others: [{ entityRef: 'component:default/fraud-detector', status: 'verified', strength: 2, reason: "the entity is in the portal's configuration" }],
      howToVerify: expect.stringContaining('ask a platform admin to approve the claim'),
    });
    // Without a Datadog service name, a component claims its own name there too.
    expect(erin.body.claims.map((c: { kind: string; value: string }) => `${c.kind}:${c.value}`)).toContain('datadog-service:aaa-cost-claim');
    expect((await request(server).get('/api/claims/entity?entityRef=component:default/nope').set('Authorization', as('erin'))).status).toBe(404);
    expect((await request(server).get('/api/claims/entity?entityRef=not a ref').set('Authorization', as('erin'))).status).toBe(400);
  });

  it('lists contested and unverified claims; two equal claims from the organisation contest a tag', async () => {
    const { body } = await request(server).get('/api/claims/conflicts').set('Authorization', as('erin'));
    expect(body.mayApprove).toBe(false);
    const billing = body.conflicts.find((c: any) => c.value === 'billing');
    expect(billing).toMatchObject({
      kind: 'cost-tag',
      claimants: expect.arrayContaining([expect.objectContaining({ entityRef: 'component:default/billing', status: 'contested' })]),
    });
    expect(billing.owner).toBeUndefined();
    const fraud = body.conflicts.find((c: any) => c.value === 'fraud-detector' && c.kind === 'cost-tag');
    expect(fraud.owner).toBe('component:default/fraud-detector');
    expect((await request(server).get('/api/claims/conflicts').set('Authorization', as('alice'))).body.mayApprove).toBe(true);
  });

  it('takes approvals from admins only, and an approval settles a contested resource', async () => {
    const approval = { kind: 'cost-tag', value: 'billing', entityRef: 'component:default/billing' };
    for (const who of ['erin', 'carol']) {
      expect((await request(server).post('/api/claims/approvals').set('Authorization', as(who)).send(approval)).status).toBe(403);
    }
    const approved = await request(server).post('/api/claims/approvals').set('Authorization', as('alice')).send(approval);
    expect(approved.status).toBe(201);
    expect(approved.body).toMatchObject({ ...approval, approvedBy: 'user:default/alice' });
    const owners = await request(server).get('/api/claims/owners?kind=cost-tag').set('Authorization', service);
    expect(owners.body.owners.billing).toEqual({ entityRef: 'component:default/billing', mayAct: true });
    expect(owners.body.owners['fraud-detector']).toEqual({ entityRef: 'component:default/fraud-detector', mayAct: true });
    expect(
      (
        await request(server)
          .post('/api/claims/approvals')
          .set('Authorization', as('alice'))
          .send({ ...approval, kind: 'nonsense' })
      ).status,
    ).toBe(400);
    expect((await request(server).delete('/api/claims/approvals?kind=cost-tag&value=billing').set('Authorization', as('alice'))).status).toBe(204);
    expect((await request(server).delete('/api/claims/approvals?kind=cost-tag&value=billing').set('Authorization', as('alice'))).status).toBe(404);
  });

  it('answers other plugins only: a resource that points back verifies a claim, enough to act on it', async () => {
    expect((await request(server).get('/api/claims/owners?kind=cost-tag').set('Authorization', as('alice'))).status).toBe(403);
    const resolve = (facts?: object[]) =>
      request(server).post('/api/claims/resolve').set('Authorization', service).send({ kind: 'argocd-app', entityRef: 'component:default/deployer', facts });
    expect((await resolve()).body.claims).toEqual([expect.objectContaining({ value: 'deployer-prod', status: 'unverified', mayAct: false })]);
    const pointing = await resolve([{ value: 'deployer-prod', entityRefs: ['component:default/deployer'] }]);
    expect(pointing.body.claims).toEqual([
      expect.objectContaining({ value: 'deployer-prod', status: 'verified', mayAct: true, reason: 'the resource points back at the entity' }),
    ]);
    // The fact is kept: the owners see it without a new report.
    expect((await request(server).get('/api/claims/owners?kind=argocd-app').set('Authorization', service)).body.owners['deployer-prod']).toEqual({
      entityRef: 'component:default/deployer',
      mayAct: true,
    });
    const verified = () => request(server).get('/api/claims/entity-verified?entityRef=component:default/deployer').set('Authorization', service);
    expect((await verified()).body).toEqual({ verified: false, reason: expect.stringContaining('registered from outside the organisation') });
  });

  it('lists entities from outside the organisation for admins to approve before anything acts on them', async () => {
    const listed = async () =>
      (await request(server).get('/api/claims/conflicts').set('Authorization', as('alice'))).body.conflicts
        .filter((c: { kind: string }) => c.kind === 'entity')
        .map((c: { value: string }) => c.value);
    expect(await listed()).toEqual(['component:default/aaa-cost-claim', 'component:default/deployer']);
    const approval = { kind: 'entity', value: 'component:default/deployer', entityRef: 'component:default/deployer' };
    expect((await request(server).post('/api/claims/approvals').set('Authorization', as('alice')).send(approval)).status).toBe(201);
    expect(await listed()).toEqual(['component:default/aaa-cost-claim']);
    const verified = await request(server).get('/api/claims/entity-verified?entityRef=component:default/deployer').set('Authorization', service);
    expect(verified.body).toEqual({ verified: true, reason: 'approved by a platform admin' });
  });
});

describe('the spec', () => {
  it('describes exactly the routes the router serves', async () => {
    // Declaring the routes touches none of the dependencies.
    const router = await createRouter({} as Parameters<typeof createRouter>[0]);
    expect(() => assertRoutesMatchSpec(router, spec)).not.toThrow();
  });
});
