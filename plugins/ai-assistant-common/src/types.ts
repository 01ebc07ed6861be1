import { components } from './schema/openapi.generated';

type Schemas = components['schemas'];

/** A page or entity an answer was grounded on, shown as a link under the answer. */
export type Citation = Schemas['Citation'];
export type ConversationSummary = Schemas['ConversationSummary'];
export type ChatMessage = Schemas['ChatMessage'];
export type Conversation = Schemas['Conversation'];
export type ProviderStatus = Schemas['ProviderStatus'];

/**
 * The stream's events as a union (the spec's ChatStreamEvent describes the same lines as one
 * object, which OpenAPI 3.0 can say without a discriminator per line).
 */
/** One line of the streamed answer to a message (newline-delimited JSON). */
export type ChatStreamEvent =
  | { type: 'message'; message: ChatMessage }
  | { type: 'provider'; provider: string; local: boolean }
  | { type: 'tool'; tool: string; status: 'started' | 'done' | 'refused' | 'failed' }
  | { type: 'text'; delta: string }
  /** The provider failed part-way: drop the text so far, the next provider starts again. */
  | { type: 'reset'; reason: string }
  | { type: 'confidential' }
  | { type: 'done'; message: ChatMessage }
  | { type: 'error'; message: string; status: number };

export const MAX_MESSAGE_LENGTH = 4000;
