/**
 * The portal's own metrics that several plugins record, each under one name with one set of
 * attributes; docs/operations/metrics.md says what each means.
 *
 * @packageDocumentation
 */
export { webhookDeliveries, outcomeOf, countDeliveries } from './deliveries';
export type { DeliveryOutcome } from './deliveries';
export { ingestionRuns } from './ingestion';
export type { IngestionOutcome } from './ingestion';
