/**
 * The portal's AI assistant in the browser.
 *
 * @packageDocumentation
 */
export { aiAssistantPlugin as default, aiAssistantPlugin } from './plugin';
