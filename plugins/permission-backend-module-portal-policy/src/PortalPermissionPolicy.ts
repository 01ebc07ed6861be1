import { UserInfoService } from '@backstage/backend-plugin-api';
import { AuthorizeResult, PolicyDecision } from '@backstage/plugin-permission-common';
import { PermissionPolicy, PolicyQuery, PolicyQueryUser } from '@backstage/plugin-permission-node';
import { decide } from './decide';
import { PortalPolicyOptions } from './options';
import { rolesOf } from './roles';

/** Resolves who is asking, then applies the portal's rules (see decide.ts). */
export class PortalPermissionPolicy implements PermissionPolicy {
  constructor(private readonly options: PortalPolicyOptions, private readonly userInfo: UserInfoService) {}

  async handle(request: PolicyQuery, user?: PolicyQueryUser): Promise<PolicyDecision> {
    // Service-to-service requests never reach the policy; a request without a user is anonymous.
    if (!user) {
      return { result: AuthorizeResult.DENY };
    }
    const { userEntityRef, ownershipEntityRefs } = await this.userInfo.getUserInfo(user.credentials);
    return decide(request.permission, {
      roles: rolesOf(ownershipEntityRefs, this.options),
      userEntityRef,
      ownershipEntityRefs,
      confidentialAnnotation: this.options.confidentialAnnotation,
    });
  }
}
