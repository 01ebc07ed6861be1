import { BackstageCredentials, PermissionsRegistryService, PermissionsService } from '@backstage/backend-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { createConditionAuthorizer, createPermissionResourceRef, createPermissionRule } from '@backstage/plugin-permission-node';
import { claimsAnyOwner } from '@internal/plugin-catalog-scopes-node';
import {
  IS_ACTION_RUNNER,
  IS_TARGET_OWNER_MEMBER,
  N8N_ACTION_TARGET_RESOURCE_TYPE,
  n8nActionRunPermission,
  n8nActionsPermissions,
} from '@internal/plugin-n8n-actions-common';
import { z } from 'zod';

/** What a request to run an action is checked against. */
export interface RunTarget {
  entityRef: string;
  /** The groups (or users) that own the entity. */
  owners: string[];
  /** The groups the action's rules for this run name as runners; none when it names none. */
  runnerGroups: string[];
}

export const runTargetResourceRef = createPermissionResourceRef<RunTarget, unknown>().with({
  pluginId: 'n8n-actions',
  resourceType: N8N_ACTION_TARGET_RESOURCE_TYPE,
});

const claims = z.object({ claims: z.array(z.string()) });

export const targetOwnerMemberRule = createPermissionRule({
  name: IS_TARGET_OWNER_MEMBER,
  description: 'The user is a member of a group that owns the entity the run is for',
  resourceRef: runTargetResourceRef,
  paramsSchema: claims,
  apply: (target, { claims: mine }) => claimsAnyOwner(target.owners, mine),
  toQuery: () => ({}),
});

export const actionRunnerRule = createPermissionRule({
  name: IS_ACTION_RUNNER,
  description: 'The user is a member of a group the action names as its runners',
  resourceRef: runTargetResourceRef,
  paramsSchema: claims,
  apply: (target, { claims: mine }) => claimsAnyOwner(target.runnerGroups, mine),
  toQuery: () => ({}),
});

/** Asks the policy once per request; the answer then decides each target the request names. */
export type RunAuthorizer = (credentials: BackstageCredentials) => Promise<(target: RunTarget) => boolean>;

/** Registers the run target with its rules and returns the authorizer of runs. */
export function registerRunPermissions(permissions: PermissionsService, registry: PermissionsRegistryService): RunAuthorizer {
  registry.addResourceType({
    resourceRef: runTargetResourceRef,
    permissions: n8nActionsPermissions,
    rules: [targetOwnerMemberRule, actionRunnerRule],
  });
  const evaluate = createConditionAuthorizer(registry.getPermissionRuleset(runTargetResourceRef));
  return async credentials => {
    const [decision] = await permissions.authorizeConditional([{ permission: n8nActionRunPermission }], { credentials });
    if (decision.result === AuthorizeResult.CONDITIONAL) return target => evaluate(decision, target);
    return () => decision.result === AuthorizeResult.ALLOW;
  };
}
