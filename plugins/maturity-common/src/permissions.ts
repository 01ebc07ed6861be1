import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Editing an assessment (answers, actions, submit). The backend decides with the assessment's
 * scope: a group's members edit its assessment, platform admins edit any.
 */
export const maturityAssessmentUpdatePermission = createPermission({
  name: 'maturity.assessment.update',
  attributes: { action: 'update' },
});

/** Reopening a submitted quarter: platform admins only. */
export const maturityAssessmentReopenPermission = createPermission({
  name: 'maturity.assessment.reopen',
  attributes: { action: 'update' },
});

export const maturityPermissions = [
  maturityAssessmentUpdatePermission,
  maturityAssessmentReopenPermission,
];
