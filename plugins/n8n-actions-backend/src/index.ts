/**
 * Self-service actions backed by n8n.
 *
 * @packageDocumentation
 */
export { n8nActionsPlugin as default } from './plugin';
