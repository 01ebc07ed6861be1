/** A page or entity an answer was grounded on, shown as a link under the answer. */
export interface Citation {
  kind: 'entity' | 'document';
  title: string;
  /** A path inside the portal (`/catalog/default/component/x`, `/docs/...`) or an absolute URL. */
  url: string;
  entityRef?: string;
}

export interface ConversationSummary {
  id: string;
  title: string;
  /** The entity the conversation was started from ("Ask about this"). */
  entityRef?: string;
  /** Set once the conversation touched a confidential entity: only local models answer it then. */
  confidential: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface ChatMessage {
  id: string;
  role: 'user' | 'assistant';
  text: string;
  /** The provider that wrote an assistant message; its text is AI-generated. */
  provider?: string;
  citations: Citation[];
  /** Tools the assistant called for this answer, by action id. */
  tools: string[];
  error?: string;
  createdAt: string;
}

export interface Conversation extends ConversationSummary {
  messages: ChatMessage[];
}

export interface ProviderStatus {
  id: string;
  type: string;
  local: boolean;
  /** closed: in use; open: skipped after failures until it is tried again. */
  breaker: 'closed' | 'open' | 'half-open';
}

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
