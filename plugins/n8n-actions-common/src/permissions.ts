import { PermissionCondition, PermissionCriteria, createPermission } from '@backstage/plugin-permission-common';

/** What a run is asked for: an entity, its owners, and who the action names as its runners. */
export const N8N_ACTION_TARGET_RESOURCE_TYPE = 'n8n-action-target';

/**
 * Requesting a run of a self-service action on an entity: the entity's owners' members, the
 * action's `runners` when it names some, and admins. Deny by default: an action that names no
 * runners is for the entity's owners only.
 */
export const n8nActionRunPermission = createPermission({
  name: 'n8n-actions.run.create',
  attributes: { action: 'create' },
  resourceType: N8N_ACTION_TARGET_RESOURCE_TYPE,
});

/** Deciding on a run. Only the approvers the action's policy resolved may decide, never the requester. */
export const n8nRunApprovePermission = createPermission({
  name: 'n8n-actions.run.approve',
  attributes: { action: 'update' },
});

export const n8nActionsPermissions = [n8nActionRunPermission, n8nRunApprovePermission];

type Criteria = PermissionCriteria<PermissionCondition<typeof N8N_ACTION_TARGET_RESOURCE_TYPE>>;

export const IS_TARGET_OWNER_MEMBER = 'IS_TARGET_OWNER_MEMBER';
export const IS_ACTION_RUNNER = 'IS_ACTION_RUNNER';

/** The user belongs to a group that owns the entity the run is for. */
export function isTargetOwnerMember(params: { claims: string[] }): Criteria {
  return { rule: IS_TARGET_OWNER_MEMBER, resourceType: N8N_ACTION_TARGET_RESOURCE_TYPE, params };
}

/** The user belongs to one of the groups the action names as its runners. */
export function isActionRunner(params: { claims: string[] }): Criteria {
  return { rule: IS_ACTION_RUNNER, resourceType: N8N_ACTION_TARGET_RESOURCE_TYPE, params };
}
