/**
 * The self-service backend on a test backend, and a fake n8n, for other packages' tests.
 *
 * @packageDocumentation
 */
export { startActionsBackend, signReport, CALLBACK_SECRET, WEBHOOK_HEADER } from './backend';
export { startFakeN8n } from './fakeN8n';
