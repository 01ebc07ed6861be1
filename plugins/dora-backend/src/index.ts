/**
 * DORA metrics: webhooks and REST API for delivery events, the durable inbox, and the metric API.
 *
 * @packageDocumentation
 */
export { doraPlugin as default } from './plugin';
