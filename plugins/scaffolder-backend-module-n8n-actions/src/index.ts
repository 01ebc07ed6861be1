/**
 * The n8n:trigger scaffolder action.
 *
 * @packageDocumentation
 */
export { scaffolderModuleN8nActions as default } from './module';
