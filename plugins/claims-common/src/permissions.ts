import { createPermission } from '@backstage/plugin-permission-common';

/** Approving (or withdrawing the approval of) an entity's claim on an outside resource: admins. */
export const claimsApprovalCreatePermission = createPermission({
  name: 'claims.approval.create',
  attributes: { action: 'create' },
});

export const claimsPermissions = [claimsApprovalCreatePermission];
