/**
 * Cost visibility in the portal.
 *
 * @packageDocumentation
 */
export { costPlugin as default } from './plugin';
export { costApiRef } from './api';
