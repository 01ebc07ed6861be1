import { AuthorizeResult, Permission, PolicyDecision, isPermission } from '@backstage/plugin-permission-common';
import {
  catalogEntityDeletePermission,
  catalogEntityReadPermission,
  catalogEntityRefreshPermission,
  catalogEntityValidatePermission,
  catalogLocationAnalyzePermission,
  catalogLocationCreatePermission,
} from '@backstage/plugin-catalog-common/alpha';
import { actionExecutePermission, taskCancelPermission, taskCreatePermission, templateDryRunPermission } from '@backstage/plugin-scaffolder-common/alpha';
import { catalogConditions, createCatalogConditionalDecision } from '@backstage/plugin-catalog-backend/alpha';
import { createScaffolderTaskConditionalDecision, scaffolderTaskConditions } from '@backstage/plugin-scaffolder-backend/alpha';
import { MATURITY_ASSESSMENT_RESOURCE_TYPE, isScopeOwnerMember, maturityAssessmentUpdatePermission } from '@internal/plugin-maturity-common';
import { COST_BUDGET_RESOURCE_TYPE, costBudgetUpdatePermission, isBudgetOwnerMember } from '@internal/plugin-cost-common';
import {
  ARGOCD_APPLICATION_RESOURCE_TYPE,
  argocdApplicationRollbackPermission,
  argocdApplicationSyncPermission,
  isApplicationOwnerMember,
  isProductionApplication,
} from '@internal/plugin-argocd-common';
import {
  N8N_ACTION_TARGET_RESOURCE_TYPE,
  isActionRunner,
  isTargetOwnerMember,
  n8nActionRunPermission,
  n8nRunApprovePermission,
} from '@internal/plugin-n8n-actions-common';
import { aiAssistantChatPermission } from '@internal/plugin-ai-assistant-common';
import { claimsApprovalCreatePermission } from '@internal/plugin-claims-common';
import { PortalRoles } from './roles';

const ALLOW: PolicyDecision = { result: AuthorizeResult.ALLOW };
const DENY: PolicyDecision = { result: AuthorizeResult.DENY };

/** Who is asking, as the policy sees them. */
export interface DecisionContext {
  roles: PortalRoles;
  userEntityRef: string;
  ownershipEntityRefs: string[];
  confidentialAnnotation: string;
}

type Rule = (permission: Permission, ctx: DecisionContext) => PolicyDecision;

/** Running a template, for real or as a dry run, executes its actions. */
const TEMPLATE_RUN = new Set([taskCreatePermission.name, actionExecutePermission.name, templateDryRunPermission.name]);

function argocdOwnerDecision(ctx: DecisionContext, notProduction = false): PolicyDecision {
  const owner = isApplicationOwnerMember({ claims: ctx.ownershipEntityRefs });
  return {
    result: AuthorizeResult.CONDITIONAL,
    pluginId: 'argocd',
    resourceType: ARGOCD_APPLICATION_RESOURCE_TYPE,
    conditions: notProduction ? { allOf: [owner, { not: isProductionApplication() }] } : owner,
  };
}

/**
 * Writes any signed-in user may do. Every other permission that is not a read is denied unless
 * the user is a platform admin, so a plugin's new write permission is closed until it is listed
 * here on purpose.
 */
const MEMBER_WRITES: Record<string, Rule> = {
  [catalogEntityRefreshPermission.name]: () => ALLOW,
  [catalogEntityValidatePermission.name]: () => ALLOW,
  // Registering a location is open: catalog.rules keeps users to software kinds.
  [catalogLocationCreatePermission.name]: () => ALLOW,
  [catalogLocationAnalyzePermission.name]: () => ALLOW,
  [catalogEntityDeletePermission.name]: (permission, ctx) =>
    isPermission(permission, catalogEntityDeletePermission)
      ? createCatalogConditionalDecision(permission, catalogConditions.isEntityOwner({ claims: ctx.ownershipEntityRefs }))
      : DENY,
  // A maturity assessment is edited by the members of the group that owns its scope.
  [maturityAssessmentUpdatePermission.name]: (_permission, ctx) => ({
    result: AuthorizeResult.CONDITIONAL,
    pluginId: 'maturity',
    resourceType: MATURITY_ASSESSMENT_RESOURCE_TYPE,
    conditions: isScopeOwnerMember({ claims: ctx.ownershipEntityRefs }),
  }),
  // A budget is set by the members of the group that owns the entity (a group owns itself).
  [costBudgetUpdatePermission.name]: (_permission, ctx) => ({
    result: AuthorizeResult.CONDITIONAL,
    pluginId: 'cost',
    resourceType: COST_BUDGET_RESOURCE_TYPE,
    conditions: isBudgetOwnerMember({ claims: ctx.ownershipEntityRefs }),
  }),
  // Argo CD applications are synced and rolled back by the members of the entity's owner.
  [argocdApplicationSyncPermission.name]: (_permission, ctx) => argocdOwnerDecision(ctx),
  [argocdApplicationRollbackPermission.name]: (_permission, ctx) => argocdOwnerDecision(ctx),
  // A self-service action is run by the entity's owners, or by the runners its definition names;
  // who approves is the definition's too.
  [n8nActionRunPermission.name]: (_permission, ctx) => ({
    result: AuthorizeResult.CONDITIONAL,
    pluginId: 'n8n-actions',
    resourceType: N8N_ACTION_TARGET_RESOURCE_TYPE,
    conditions: { anyOf: [isTargetOwnerMember({ claims: ctx.ownershipEntityRefs }), isActionRunner({ claims: ctx.ownershipEntityRefs })] },
  }),
  [n8nRunApprovePermission.name]: () => ALLOW,
  // Asking the assistant: its tools read with the asker's own credentials.
  [aiAssistantChatPermission.name]: () => ALLOW,
  [taskCreatePermission.name]: () => ALLOW,
  [actionExecutePermission.name]: () => ALLOW,
  [taskCancelPermission.name]: (permission, ctx) =>
    isPermission(permission, taskCancelPermission)
      ? createScaffolderTaskConditionalDecision(permission, scaffolderTaskConditions.isTaskOwner({ createdBy: [ctx.userEntityRef] }))
      : DENY,
};

/**
 * The portal's authorization rules. Contractor restrictions come first and hold even for a
 * contractor who is also in an admin group: a restriction is never lifted by another role.
 */
export function decide(permission: Permission, ctx: DecisionContext): PolicyDecision {
  if (ctx.roles.contractor) {
    if (isPermission(permission, catalogEntityReadPermission)) {
      return createCatalogConditionalDecision(permission, {
        not: catalogConditions.hasAnnotation({
          annotation: ctx.confidentialAnnotation,
          value: 'true',
        }),
      });
    }
    if (TEMPLATE_RUN.has(permission.name)) {
      return DENY;
    }
    // Contractors may ask for self-service actions on what their team owns (even in an admin
    // group), never approve someone's run.
    if (permission.name === n8nRunApprovePermission.name) {
      return DENY;
    }
    if (permission.name === n8nActionRunPermission.name) {
      return MEMBER_WRITES[permission.name](permission, ctx);
    }
    // Settling whose an outside resource is stays with admins who are not contractors.
    if (permission.name === claimsApprovalCreatePermission.name) {
      return DENY;
    }
    // A contractor who owns a service may roll back its non-production environments only.
    if (permission.name === argocdApplicationRollbackPermission.name) {
      return argocdOwnerDecision(ctx, true);
    }
  }
  if (ctx.roles.admin) {
    return ALLOW;
  }
  // A confidential entity is read by the members of its owning group, and by admins, only.
  if (isPermission(permission, catalogEntityReadPermission)) {
    return createCatalogConditionalDecision(permission, {
      anyOf: [
        { not: catalogConditions.hasAnnotation({ annotation: ctx.confidentialAnnotation, value: 'true' }) },
        catalogConditions.isEntityOwner({ claims: ctx.ownershipEntityRefs }),
      ],
    });
  }
  if (permission.attributes.action === 'read') {
    return ALLOW;
  }
  const rule = MEMBER_WRITES[permission.name];
  return rule ? rule(permission, ctx) : DENY;
}
