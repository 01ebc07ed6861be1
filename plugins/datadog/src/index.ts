/**
 * Datadog in the portal.
 *
 * @packageDocumentation
 */
export { datadogPlugin as default } from './plugin';
export { datadogApiRef } from './api';
