import { Config } from '@backstage/config';
import { stringifyEntityRef, parseEntityRef } from '@backstage/catalog-model';

/** What the portal's policy needs to know from configuration. */
export interface PortalPolicyOptions {
  adminGroups: string[];
  contractorGroups: string[];
  confidentialAnnotation: string;
}

export const DEFAULT_CONFIDENTIAL_ANNOTATION = 'portal/confidential';

function groupRefs(config: Config, key: string): string[] {
  // Normalised so that `platform-admins` and `group:default/platform-admins` mean the same group.
  return (config.getOptionalStringArray(key) ?? []).map(ref => stringifyEntityRef(parseEntityRef(ref, { defaultKind: 'group', defaultNamespace: 'default' })));
}

export function readPortalPolicyOptions(config: Config): PortalPolicyOptions {
  const c = config.getOptionalConfig('portal.permissions');
  if (!c) {
    return {
      adminGroups: [],
      contractorGroups: [],
      confidentialAnnotation: DEFAULT_CONFIDENTIAL_ANNOTATION,
    };
  }
  return {
    adminGroups: groupRefs(c, 'adminGroups'),
    contractorGroups: groupRefs(c, 'contractorGroups'),
    confidentialAnnotation: c.getOptionalString('confidentialAnnotation') ?? DEFAULT_CONFIDENTIAL_ANNOTATION,
  };
}
