/**
 * The portal's policy for other plugins' tests.
 *
 * @packageDocumentation
 */
import { BackstageCredentials, BackstageUserPrincipal } from '@backstage/backend-plugin-api';
import { ConfigReader } from '@backstage/config';
import { AuthorizeResult, Permission, PolicyDecision } from '@backstage/plugin-permission-common';
import { PortalPermissionPolicy } from './PortalPermissionPolicy';
import { readPortalPolicyOptions } from './options';

/**
 * The real policy answering in-process, with group membership from `directory` (user ref to the
 * groups it belongs to). Plugin tests use it because the test harness's mock auth cannot carry a
 * user through the permission backend. As in the real permissions service, service calls are
 * allowed without asking the policy.
 */
export function portalPolicyForTests(
  directory: Record<string, string[]>,
  permissions: { adminGroups?: string[]; contractorGroups?: string[] } = {
    adminGroups: ['platform-admins'],
    contractorGroups: ['contractors'],
  },
) {
  const userInfo = {
    async getUserInfo(credentials: BackstageCredentials) {
      const ref = (credentials.principal as BackstageUserPrincipal).userEntityRef;
      return { userEntityRef: ref, ownershipEntityRefs: [ref, ...(directory[ref] ?? [])] };
    },
  };
  const policy = new PortalPermissionPolicy(readPortalPolicyOptions(new ConfigReader({ portal: { permissions } })), userInfo);
  const authorize = (requests: Array<{ permission: Permission }>, options: { credentials: BackstageCredentials }): Promise<PolicyDecision[]> =>
    Promise.all(
      requests.map(r =>
        (options.credentials.principal as { type?: string }).type === 'service'
          ? { result: AuthorizeResult.ALLOW }
          : policy.handle({ permission: r.permission }, { credentials: options.credentials } as any),
      ),
    );
  // Conditional decisions go back to the plugin as they are, for it to apply (the catalog's reads).
  const authorizeConditional = authorize;
  return { userInfo, authorize, authorizeConditional };
}
