/**
 * Self-service actions backed by n8n: definitions, the run lifecycle and approval rules,
 * parameter validation, permissions and the typed client.
 *
 * @packageDocumentation
 */
export * from './actions';
export * from './runs';
export * from './parameters';
export * from './permissions';
export * from './client';
