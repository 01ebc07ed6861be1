/**
 * IDP maturity assessments in the portal.
 *
 * @packageDocumentation
 */
export { maturityPlugin as default } from './plugin';
export { maturityApiRef } from './api';
