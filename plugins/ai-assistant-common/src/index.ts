/**
 * The portal's AI assistant: types shared by the backend and the browser, redaction, permissions
 * and the typed client.
 *
 * @packageDocumentation
 */
export * from './types';
export * from './redact';
export * from './permissions';
export * from './client';
