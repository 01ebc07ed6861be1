/**
 * Catalog health: every entity the catalog could not process, with the error and its source.
 *
 * @packageDocumentation
 */
export { catalogHealthPlugin as default } from './plugin';
export { processingProblems, type ProcessingProblem } from './problems';
