import fc from 'fast-check';
import { AuthorizeResult, Permission, createPermission } from '@backstage/plugin-permission-common';
import { catalogEntityDeletePermission, catalogEntityReadPermission, catalogLocationDeletePermission } from '@backstage/plugin-catalog-common/alpha';
import { taskCreatePermission, templateDryRunPermission, actionExecutePermission } from '@backstage/plugin-scaffolder-common/alpha';
import { permissionRules } from '@backstage/plugin-catalog-backend/alpha';
import { createConditionAuthorizer } from '@backstage/plugin-permission-node';
import { Entity } from '@backstage/catalog-model';
import { n8nActionRunPermission, n8nRunApprovePermission } from '@internal/plugin-n8n-actions-common';
import { claimsApprovalCreatePermission } from '@internal/plugin-claims-common';
import { decide, DecisionContext } from './decide';

const member: DecisionContext = {
  roles: { admin: false, contractor: false },
  userEntityRef: 'user:default/carol',
  ownershipEntityRefs: ['user:default/carol', 'group:default/payments-team'],
  confidentialAnnotation: 'portal/confidential',
};
const admin: DecisionContext = { ...member, roles: { admin: true, contractor: false } };
const contractor: DecisionContext = { ...member, roles: { admin: false, contractor: true } };
const contractorAdmin: DecisionContext = { ...member, roles: { admin: true, contractor: true } };

describe('decide', () => {
  it('lets members read confidential entities of their own group only; admins read all', () => {
    const canRead = createConditionAuthorizer<Entity, unknown>(Object.values(permissionRules));
    const owned = (name: string, owner: string, annotations: Record<string, string> = {}): Entity => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name, annotations },
      spec: { owner },
      relations: [{ type: 'ownedBy', targetRef: owner }],
    });
    const confidential = { 'portal/confidential': 'true' };
    const decision = decide(catalogEntityReadPermission, member);
    expect(canRead(decision, owned('payments-api', 'group:default/checkout-team'))).toBe(true);
    expect(canRead(decision, owned('fraud-detector', 'group:default/payments-team', confidential))).toBe(true);
    expect(canRead(decision, owned('ledger', 'group:default/checkout-team', confidential))).toBe(false);
    expect(decide(catalogEntityReadPermission, admin)).toEqual({
      result: AuthorizeResult.ALLOW,
    });
  });

  it('hides confidential entities from contractors with a conditional decision', () => {
    expect(decide(catalogEntityReadPermission, contractor)).toEqual({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'catalog',
      resourceType: 'catalog-entity',
      conditions: {
        not: {
          rule: 'HAS_ANNOTATION',
          resourceType: 'catalog-entity',
          params: { annotation: 'portal/confidential', value: 'true' },
        },
      },
    });
  });

  it('lets the catalog hide exactly the confidential entities from contractors', () => {
    // The catalog evaluates the conditional decision with these same rules.
    const canRead = createConditionAuthorizer<Entity, unknown>(Object.values(permissionRules));
    const entity = (name: string, annotations: Record<string, string> = {}): Entity => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name, annotations },
      spec: { owner: 'group:default/payments-team' },
    });
    const decision = decide(catalogEntityReadPermission, contractor);
    expect(canRead(decision, entity('fraud-detector', { 'portal/confidential': 'true' }))).toBe(false);
    expect(canRead(decision, entity('payments-api'))).toBe(true);
    expect(canRead(decision, entity('draft', { 'portal/confidential': 'false' }))).toBe(true);
  });

  it.each([taskCreatePermission, templateDryRunPermission, actionExecutePermission])(
    'denies contractors running templates ($name), even when also admins',
    permission => {
      expect(decide(permission, contractor).result).toBe(AuthorizeResult.DENY);
      expect(decide(permission, contractorAdmin).result).toBe(AuthorizeResult.DENY);
    },
  );

  it('lets members run templates', () => {
    expect(decide(taskCreatePermission, member).result).toBe(AuthorizeResult.ALLOW);
  });

  it('lets members delete only entities they own', () => {
    expect(decide(catalogEntityDeletePermission, member)).toEqual({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'catalog',
      resourceType: 'catalog-entity',
      conditions: {
        rule: 'IS_ENTITY_OWNER',
        resourceType: 'catalog-entity',
        params: { claims: member.ownershipEntityRefs },
      },
    });
  });

  it('denies members writes that are not listed, and allows them to admins', () => {
    expect(decide(catalogLocationDeletePermission, member).result).toBe(AuthorizeResult.DENY);
    expect(decide(catalogLocationDeletePermission, admin).result).toBe(AuthorizeResult.ALLOW);
  });
});

const anyRoles = fc.record({ admin: fc.boolean(), contractor: fc.boolean() });
const permissionName = fc
  .tuple(fc.constantFrom('maturity', 'dora', 'cost', 'n8n', 'other'), fc.stringMatching(/^[a-z]{1,8}$/))
  .map(([plugin, what]) => `${plugin}.${what}.x`);
const permissionOf = (name: string, action?: 'create' | 'read' | 'update' | 'delete'): Permission =>
  createPermission({ name, attributes: action ? { action } : {} });

describe('decide (properties)', () => {
  it('never allows a non-admin an unlisted write, whatever its action attribute', () => {
    fc.assert(
      fc.property(
        permissionName,
        fc.constantFrom<'create' | 'update' | 'delete' | undefined>('create', 'update', 'delete', undefined),
        fc.boolean(),
        (name, action, isContractor) => {
          const ctx = { ...member, roles: { admin: false, contractor: isContractor } };
          return decide(permissionOf(name, action), ctx).result === AuthorizeResult.DENY;
        },
      ),
    );
  });

  it('allows every read to anyone who is not a contractor', () => {
    fc.assert(
      fc.property(permissionName, fc.boolean(), (name, isAdmin) => {
        const ctx = { ...member, roles: { admin: isAdmin, contractor: false } };
        return decide(permissionOf(name, 'read'), ctx).result === AuthorizeResult.ALLOW;
      }),
    );
  });

  it('never lets a contractor run a template or read the catalog unconditionally', () => {
    fc.assert(
      fc.property(anyRoles, roles => {
        const ctx = { ...member, roles: { ...roles, contractor: true } };
        return (
          decide(taskCreatePermission, ctx).result === AuthorizeResult.DENY && decide(catalogEntityReadPermission, ctx).result === AuthorizeResult.CONDITIONAL
        );
      }),
    );
  });

  it('allows admins who are not contractors everything', () => {
    fc.assert(
      fc.property(
        permissionName,
        fc.constantFrom<'create' | 'read' | 'update' | 'delete' | undefined>('create', 'read', 'update', 'delete', undefined),
        (name, action) => decide(permissionOf(name, action), admin).result === AuthorizeResult.ALLOW,
      ),
    );
  });
});

describe('decide (maturity assessments)', () => {
  it('lets members edit only assessments whose scope their groups own; admins edit any', () => {
    expect(
      decide(createPermission({ name: 'maturity.assessment.update', attributes: { action: 'update' }, resourceType: 'maturity-assessment' }), member),
    ).toEqual({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'maturity',
      resourceType: 'maturity-assessment',
      conditions: {
        rule: 'IS_SCOPE_OWNER_MEMBER',
        resourceType: 'maturity-assessment',
        params: { claims: member.ownershipEntityRefs },
      },
    });
    expect(decide(createPermission({ name: 'maturity.assessment.reopen', attributes: { action: 'update' } }), member).result).toBe(AuthorizeResult.DENY);
    expect(decide(createPermission({ name: 'maturity.assessment.reopen', attributes: { action: 'update' } }), admin).result).toBe(AuthorizeResult.ALLOW);
  });
});

describe('decide (cost budgets)', () => {
  it('lets members set budgets only of what their groups own; admins set any; imports are for admins', () => {
    const budget = createPermission({ name: 'cost.budget.update', attributes: { action: 'update' }, resourceType: 'cost-budget' });
    expect(decide(budget, member)).toEqual({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'cost',
      resourceType: 'cost-budget',
      conditions: { rule: 'IS_BUDGET_OWNER_MEMBER', resourceType: 'cost-budget', params: { claims: member.ownershipEntityRefs } },
    });
    expect(decide(budget, admin).result).toBe(AuthorizeResult.ALLOW);
    const costImport = createPermission({ name: 'cost.import', attributes: { action: 'create' } });
    expect(decide(costImport, member).result).toBe(AuthorizeResult.DENY);
    expect(decide(costImport, admin).result).toBe(AuthorizeResult.ALLOW);
  });
});

describe('decide (Argo CD actions)', () => {
  const sync = createPermission({ name: 'argocd.application.sync', attributes: { action: 'update' }, resourceType: 'argocd-application' });
  const rollback = createPermission({ name: 'argocd.application.rollback', attributes: { action: 'update' }, resourceType: 'argocd-application' });
  const owner = { rule: 'IS_APPLICATION_OWNER_MEMBER', resourceType: 'argocd-application', params: { claims: member.ownershipEntityRefs } };

  it("lets the entity's owners sync and roll back; admins do anything", () => {
    expect(decide(sync, member)).toEqual({ result: AuthorizeResult.CONDITIONAL, pluginId: 'argocd', resourceType: 'argocd-application', conditions: owner });
    expect(decide(rollback, member)).toMatchObject({ conditions: owner });
    expect(decide(rollback, admin).result).toBe(AuthorizeResult.ALLOW);
  });

  it("lets owners and an action's runners request self-service runs, admins on anything; contractors never decide, even as admins", () => {
    const onTheirs = (ctx: typeof member) => ({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'n8n-actions',
      resourceType: 'n8n-action-target',
      conditions: {
        anyOf: [
          { rule: 'IS_TARGET_OWNER_MEMBER', resourceType: 'n8n-action-target', params: { claims: ctx.ownershipEntityRefs } },
          { rule: 'IS_ACTION_RUNNER', resourceType: 'n8n-action-target', params: { claims: ctx.ownershipEntityRefs } },
        ],
      },
    });
    expect(decide(n8nActionRunPermission, member)).toEqual(onTheirs(member));
    expect(decide(n8nActionRunPermission, admin).result).toBe(AuthorizeResult.ALLOW);
    for (const ctx of [member, admin]) expect(decide(n8nRunApprovePermission, ctx).result).toBe(AuthorizeResult.ALLOW);
    for (const ctx of [contractor, contractorAdmin]) {
      expect(decide(n8nActionRunPermission, ctx)).toEqual(onTheirs(ctx));
      expect(decide(n8nRunApprovePermission, ctx).result).toBe(AuthorizeResult.DENY);
    }
  });

  it('lets admins approve claims on outside resources, nobody else, and no contractor even as admin', () => {
    expect(decide(claimsApprovalCreatePermission, admin).result).toBe(AuthorizeResult.ALLOW);
    for (const ctx of [member, contractor, contractorAdmin]) expect(decide(claimsApprovalCreatePermission, ctx).result).toBe(AuthorizeResult.DENY);
  });

  it('keeps contractors from rolling back production, even as admins', () => {
    expect(decide(rollback, contractorAdmin)).toMatchObject({
      result: AuthorizeResult.CONDITIONAL,
      conditions: { allOf: [owner, { not: { rule: 'IS_PRODUCTION_APPLICATION', resourceType: 'argocd-application', params: {} } }] },
    });
  });
});
