/**
 * The portal's AI assistant backend.
 *
 * @packageDocumentation
 */
export { aiAssistantPlugin as default } from './plugin';
