/**
 * Lets the catalog take file locations when local publishing is configured.
 *
 * @packageDocumentation
 */
export { catalogModuleLocalPublish as default } from './module';
