import { PermissionCondition, PermissionCriteria, createPermission } from '@backstage/plugin-permission-common';

export const COST_BUDGET_RESOURCE_TYPE = 'cost-budget';

/**
 * Setting an entity's budget. A resource permission on the entity: the portal policy lets the
 * members of the group that owns it set it, and admins set any.
 */
export const costBudgetUpdatePermission = createPermission({
  name: 'cost.budget.update',
  attributes: { action: 'update' },
  resourceType: COST_BUDGET_RESOURCE_TYPE,
});

/** Uploading a FOCUS cost export: admins only. */
export const costImportPermission = createPermission({
  name: 'cost.import',
  attributes: { action: 'create' },
});

export const costPermissions = [costBudgetUpdatePermission, costImportPermission];

export const IS_BUDGET_OWNER_MEMBER = 'IS_BUDGET_OWNER_MEMBER';

/** Condition for policies: the user (through `claims`) belongs to the owner of the budget's entity. */
export function isBudgetOwnerMember(params: { claims: string[] }): PermissionCriteria<PermissionCondition<typeof COST_BUDGET_RESOURCE_TYPE>> {
  return { rule: IS_BUDGET_OWNER_MEMBER, resourceType: COST_BUDGET_RESOURCE_TYPE, params };
}
