/**
 * Argo CD actions in the portal.
 *
 * @packageDocumentation
 */
export { argoCdActionsPlugin as default } from './plugin';
export { argoCdActionsApiRef } from './api';
