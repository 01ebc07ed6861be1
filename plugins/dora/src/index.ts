/**
 * DORA metrics in the portal.
 *
 * @packageDocumentation
 */
export { doraPlugin as default } from './plugin';
export { doraApiRef } from './api';
