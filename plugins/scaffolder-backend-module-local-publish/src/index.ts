/**
 * Scaffolder actions that publish to a local git repository and register it in the catalog.
 *
 * @packageDocumentation
 */
export { scaffolderModuleLocalPublish as default } from './module';
export { REPO_NAME, inside } from './actions';
