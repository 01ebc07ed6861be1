import { createPermissionResourceRef, createPermissionRule } from '@backstage/plugin-permission-node';
import { ARGOCD_APPLICATION_RESOURCE_TYPE, IS_APPLICATION_OWNER_MEMBER, IS_PRODUCTION_APPLICATION } from '@internal/plugin-argocd-common';
import { claimsAnyOwner } from '@internal/plugin-catalog-scopes-node';
import { z } from 'zod';

/** What a sync or rollback is checked against: who owns the entity, and where the app deploys. */
export interface ApplicationResource {
  entityRef: string;
  owners: string[];
  production: boolean;
}

export const applicationResourceRef = createPermissionResourceRef<ApplicationResource, unknown>().with({
  pluginId: 'argocd',
  resourceType: ARGOCD_APPLICATION_RESOURCE_TYPE,
});

export const isApplicationOwnerMember = createPermissionRule({
  name: IS_APPLICATION_OWNER_MEMBER,
  description: "The user is a member of the application's entity's owner",
  resourceRef: applicationResourceRef,
  paramsSchema: z.object({ claims: z.array(z.string()) }),
  apply: (resource, { claims }) => claimsAnyOwner(resource.owners, claims),
  toQuery: () => ({}),
});

export const isProductionApplication = createPermissionRule({
  name: IS_PRODUCTION_APPLICATION,
  description: 'The application deploys to a production environment',
  resourceRef: applicationResourceRef,
  paramsSchema: z.object({}),
  apply: resource => resource.production,
  toQuery: () => ({}),
});
