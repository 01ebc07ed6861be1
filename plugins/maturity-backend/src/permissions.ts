import { createPermissionResourceRef, createPermissionRule } from '@backstage/plugin-permission-node';
import { IS_SCOPE_OWNER_MEMBER, MATURITY_ASSESSMENT_RESOURCE_TYPE } from '@internal/plugin-maturity-common';
import { z } from 'zod';
import { AssessmentScope } from './service/scopes';

export const assessmentResourceRef = createPermissionResourceRef<AssessmentScope, { ownerRefs: string[] }>().with({
  pluginId: 'maturity',
  resourceType: MATURITY_ASSESSMENT_RESOURCE_TYPE,
});

/** The user belongs to the scope's owner: one of their ownership claims is the owner's ref. */
export const isScopeOwnerMember = createPermissionRule({
  name: IS_SCOPE_OWNER_MEMBER,
  description: "Allow the members of the group that owns the assessment's scope",
  resourceRef: assessmentResourceRef,
  paramsSchema: z.object({ claims: z.array(z.string()).describe('ownership entity refs of the user') }),
  apply: (scope, { claims }) => claims.map(c => c.toLocaleLowerCase('en-US')).includes(scope.ownerRef.toLocaleLowerCase('en-US')),
  toQuery: ({ claims }) => ({ ownerRefs: claims }),
});
