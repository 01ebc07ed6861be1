/**
 * Claims of outside resources: the kinds, the rules that verify a claim and settle conflicts,
 * the approval permission, and the typed client.
 *
 * @packageDocumentation
 */
export * from './kinds';
export * from './resolve';
export * from './api';
export * from './permissions';
export * from './client';
