import { PermissionCondition, PermissionCriteria, createPermission } from '@backstage/plugin-permission-common';

export const MATURITY_ASSESSMENT_RESOURCE_TYPE = 'maturity-assessment';

/**
 * Editing an assessment (answers, submit). A resource permission on the assessment's scope: the
 * portal policy lets the members of the scope's owning group edit, and admins edit any.
 */
export const maturityAssessmentUpdatePermission = createPermission({
  name: 'maturity.assessment.update',
  attributes: { action: 'update' },
  resourceType: MATURITY_ASSESSMENT_RESOURCE_TYPE,
});

/** Reopening a submitted quarter: platform admins only. */
export const maturityAssessmentReopenPermission = createPermission({
  name: 'maturity.assessment.reopen',
  attributes: { action: 'update' },
});

export const maturityPermissions = [maturityAssessmentUpdatePermission, maturityAssessmentReopenPermission];

/** The rule the backend registers: the user's ownership claims include the scope's owner. */
export const IS_SCOPE_OWNER_MEMBER = 'IS_SCOPE_OWNER_MEMBER';

/** Condition for policies: the user (through `claims`) belongs to the owner of the scope. */
export function isScopeOwnerMember(params: { claims: string[] }): PermissionCriteria<PermissionCondition<typeof MATURITY_ASSESSMENT_RESOURCE_TYPE>> {
  return { rule: IS_SCOPE_OWNER_MEMBER, resourceType: MATURITY_ASSESSMENT_RESOURCE_TYPE, params };
}
