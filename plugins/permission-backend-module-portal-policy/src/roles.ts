import { PortalPolicyOptions } from './options';

/** The roles a signed-in user can hold; a user can hold several. */
export interface PortalRoles {
  admin: boolean;
  contractor: boolean;
}

/**
 * Roles come from the user's ownership references, which carry the catalog groups the user is a
 * member of. Comparison is case-insensitive because entity references are.
 */
export function rolesOf(ownershipEntityRefs: readonly string[], options: Pick<PortalPolicyOptions, 'adminGroups' | 'contractorGroups'>): PortalRoles {
  const refs = new Set(ownershipEntityRefs.map(r => r.toLocaleLowerCase('en-US')));
  const isIn = (groups: string[]) => groups.some(g => refs.has(g.toLocaleLowerCase('en-US')));
  return {
    admin: isIn(options.adminGroups),
    contractor: isIn(options.contractorGroups),
  };
}
