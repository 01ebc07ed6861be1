/**
 * Argo CD in the portal: application views, sync and rollback permissions, and the typed client.
 *
 * @packageDocumentation
 */
export * from './permissions';
export * from './views';
export * from './client';
