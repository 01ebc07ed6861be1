import { ApiClientOptions, createApiClient, dataOf } from '@internal/api-client';
import { paths } from './schema/openapi.generated';
import { ChatStreamEvent, Conversation, ConversationSummary, ProviderStatus } from './types';

export interface AiAssistantApi {
  listConversations(): Promise<ConversationSummary[]>;
  getConversation(id: string): Promise<Conversation>;
  startConversation(request: { entityRef?: string }): Promise<ConversationSummary>;
  deleteConversation(id: string): Promise<void>;
  /** Sends a message; `onEvent` sees the answer as it streams. Resolves when the stream ends. */
  ask(conversationId: string, text: string, onEvent: (event: ChatStreamEvent) => void, signal?: AbortSignal): Promise<void>;
  providers(): Promise<ProviderStatus[]>;
}

export type AiAssistantClientOptions = ApiClientOptions;

/** Client of the assistant API, typed by its spec; works in the browser and in Node. */
export class AiAssistantClient implements AiAssistantApi {
  private readonly api;

  constructor(options: AiAssistantClientOptions) {
    this.api = createApiClient<paths>('ai-assistant', options);
  }

  async listConversations() {
    return (await dataOf(this.api.get('/conversations'))).conversations;
  }

  getConversation(id: string) {
    return dataOf(this.api.get('/conversations/{id}', { params: { path: { id } } }));
  }

  startConversation(request: { entityRef?: string }) {
    return dataOf(this.api.post('/conversations', { body: request }));
  }

  async deleteConversation(id: string) {
    await this.api.delete('/conversations/{id}', { params: { path: { id } } });
  }

  async providers() {
    return (await dataOf(this.api.get('/providers'))).providers;
  }

  async ask(conversationId: string, text: string, onEvent: (event: ChatStreamEvent) => void, signal?: AbortSignal) {
    const { response } = await this.api.post('/conversations/{id}/messages', {
      params: { path: { id: conversationId } },
      body: { text },
      parseAs: 'stream',
      signal,
    });
    if (!response.body) throw new Error('The assistant sent no answer');
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffered = '';
    for (;;) {
      const { done, value } = await reader.read();
      buffered += decoder.decode(value, { stream: !done });
      const lines = buffered.split('\n');
      buffered = done ? '' : lines.pop() ?? '';
      for (const line of lines) {
        if (line.trim()) onEvent(JSON.parse(line) as ChatStreamEvent);
      }
      if (done) return;
    }
  }
}
