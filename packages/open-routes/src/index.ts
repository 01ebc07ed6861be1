/**
 * What the portal's routes open to the internet (webhooks, callbacks) share: checks of the
 * signatures and shared secrets their senders carry, and a per-source rate limit held in the
 * database across replicas, with each delivery's outcome counted for the portal's metrics.
 *
 * @packageDocumentation
 */
export * from './signatures';
export * from './rateLimit';
