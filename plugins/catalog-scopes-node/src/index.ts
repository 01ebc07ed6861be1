/**
 * What an entity's rollup counts, read from the catalog with the caller's credentials.
 *
 * @packageDocumentation
 */
export * from './scopes';
export * from './owners';
export * from './entity';
