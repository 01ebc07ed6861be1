import { createPermission } from '@backstage/plugin-permission-common';

/** Requesting a run of a self-service action. The action's own `runners` narrow it further. */
export const n8nActionRunPermission = createPermission({
  name: 'n8n-actions.run.create',
  attributes: { action: 'create' },
});

/** Deciding on a run. Only the approvers the action's policy resolved may decide, never the requester. */
export const n8nRunApprovePermission = createPermission({
  name: 'n8n-actions.run.approve',
  attributes: { action: 'update' },
});

export const n8nActionsPermissions = [n8nActionRunPermission, n8nRunApprovePermission];
