/**
 * IDP maturity assessments: checklist schema, quarters, scoring rules and permissions.
 *
 * @packageDocumentation
 */
export * from './checklist';
export * from './quarter';
export * from './scoring';
export * from './permissions';
export * from './assessment';
export * from './client';
export * from './exports';
