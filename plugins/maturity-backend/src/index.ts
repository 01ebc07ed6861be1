/**
 * IDP maturity assessments: storage, API and permissions.
 *
 * @packageDocumentation
 */
export { maturityPlugin as default } from './plugin';
