import { PermissionCondition, PermissionCriteria, createPermission } from '@backstage/plugin-permission-common';

export const ARGOCD_APPLICATION_RESOURCE_TYPE = 'argocd-application';

/** Syncing an entity's Argo CD application: its owners' members and admins. */
export const argocdApplicationSyncPermission = createPermission({
  name: 'argocd.application.sync',
  attributes: { action: 'update' },
  resourceType: ARGOCD_APPLICATION_RESOURCE_TYPE,
});

/** Rolling an entity's Argo CD application back: its owners' members and admins; contractors not in production. */
export const argocdApplicationRollbackPermission = createPermission({
  name: 'argocd.application.rollback',
  attributes: { action: 'update' },
  resourceType: ARGOCD_APPLICATION_RESOURCE_TYPE,
});

export const argocdPermissions = [argocdApplicationSyncPermission, argocdApplicationRollbackPermission];

type Criteria = PermissionCriteria<PermissionCondition<typeof ARGOCD_APPLICATION_RESOURCE_TYPE>>;

export const IS_APPLICATION_OWNER_MEMBER = 'IS_APPLICATION_OWNER_MEMBER';
export const IS_PRODUCTION_APPLICATION = 'IS_PRODUCTION_APPLICATION';

/** The user belongs to a group that owns the entity the application deploys. */
export function isApplicationOwnerMember(params: { claims: string[] }): Criteria {
  return { rule: IS_APPLICATION_OWNER_MEMBER, resourceType: ARGOCD_APPLICATION_RESOURCE_TYPE, params };
}

/** The application deploys to a production environment. */
export function isProductionApplication(): Criteria {
  return { rule: IS_PRODUCTION_APPLICATION, resourceType: ARGOCD_APPLICATION_RESOURCE_TYPE, params: {} };
}
