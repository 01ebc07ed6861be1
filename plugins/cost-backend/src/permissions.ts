import { createPermissionResourceRef, createPermissionRule } from '@backstage/plugin-permission-node';
import { COST_BUDGET_RESOURCE_TYPE, IS_BUDGET_OWNER_MEMBER } from '@internal/plugin-cost-common';
import { claimsAnyOwner } from '@internal/plugin-catalog-scopes-node';
import { z } from 'zod';

/** What a budget permission is checked against: the entity and the groups that own it. */
export interface BudgetResource {
  entityRef: string;
  owners: string[];
}

export const budgetResourceRef = createPermissionResourceRef<BudgetResource, { owners: string[] }>().with({
  pluginId: 'cost',
  resourceType: COST_BUDGET_RESOURCE_TYPE,
});

/** The user belongs to a group that owns the entity (a group owns itself). */
export const isBudgetOwnerMember = createPermissionRule({
  name: IS_BUDGET_OWNER_MEMBER,
  description: "The user is a member of the budget entity's owner",
  resourceRef: budgetResourceRef,
  paramsSchema: z.object({ claims: z.array(z.string()) }),
  apply: (resource, { claims }) => claimsAnyOwner(resource.owners, claims),
  toQuery: ({ claims }) => ({ owners: claims }),
});
