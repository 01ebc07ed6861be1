/**
 * Cost visibility: scheduled ingestion from OpenCost, AWS Cost Explorer and FOCUS exports,
 * attribution to catalog entities, budgets and alerts.
 *
 * @packageDocumentation
 */
export { costPlugin as default } from './plugin';
