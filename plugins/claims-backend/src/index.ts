/**
 * The claims backend: which entity's claim on an outside resource is verified.
 *
 * @packageDocumentation
 */
export { claimsPlugin as default } from './plugin';
