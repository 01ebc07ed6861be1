/**
 * The portal's permission policy: roles from catalog group membership, deny by default for writes.
 *
 * @packageDocumentation
 */
export { permissionModulePortalPolicy as default } from './module';
export { decide, type DecisionContext } from './decide';
export { rolesOf, type PortalRoles } from './roles';
export { readPortalPolicyOptions, type PortalPolicyOptions } from './options';
export { PortalPermissionPolicy } from './PortalPermissionPolicy';
