/**
 * Cost visibility: categories, attribution and rollup rules, forecasts, budgets, estimates,
 * permissions and the typed client.
 *
 * @packageDocumentation
 */
export * from './costs';
export * from './attribution';
export * from './months';
export * from './budgets';
export * from './estimate';
export * from './views';
export * from './permissions';
export * from './client';
