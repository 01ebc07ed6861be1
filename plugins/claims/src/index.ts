/**
 * Claims of outside resources in the portal: the entity card, the tabs' notice and the
 * conflicts of the Catalog health page.
 *
 * @packageDocumentation
 */
export { claimsPlugin as default } from './plugin';
export { claimsApiRef } from './api';
export { ClaimsNotice } from './components/ClaimsNotice';
export { ClaimConflicts } from './components/ClaimConflicts';
