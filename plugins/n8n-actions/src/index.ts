/**
 * Self-service actions in the portal.
 *
 * @packageDocumentation
 */
export { n8nActionsPlugin as default, n8nActionsPlugin } from './plugin';
