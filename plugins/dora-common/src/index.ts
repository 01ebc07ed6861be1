/**
 * DORA metrics: the event model, the metric rules, State of DevOps bands, permissions and client.
 *
 * @packageDocumentation
 */
export * from './events';
export * from './attribution';
export * from './summary';
export * from './bands';
export * from './views';
export * from './permissions';
export * from './client';
