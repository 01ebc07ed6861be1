import { ResponseError } from '@backstage/errors';
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

export interface AiAssistantClientOptions {
  discoveryApi: { getBaseUrl(pluginId: string): Promise<string> };
  fetchApi: { fetch: typeof fetch };
}

/** An error whose message is the backend's own reason (e.g. "Invalid message: text: Required"). */
async function failure(response: Response): Promise<Error> {
  const error = await ResponseError.fromResponse(response);
  const reason = (error.body as { error?: { message?: string } } | undefined)?.error?.message;
  if (reason) error.message = reason;
  return error;
}

/** Typed client of the assistant backend; works in the browser and in Node. */
export class AiAssistantClient implements AiAssistantApi {
  constructor(private readonly options: AiAssistantClientOptions) {}

  async listConversations() {
    return (await this.call<{ conversations: ConversationSummary[] }>('GET', '/conversations')).conversations;
  }

  getConversation(id: string) {
    return this.call<Conversation>('GET', `/conversations/${encodeURIComponent(id)}`);
  }

  startConversation(request: { entityRef?: string }) {
    return this.call<ConversationSummary>('POST', '/conversations', request);
  }

  async deleteConversation(id: string) {
    await this.call<void>('DELETE', `/conversations/${encodeURIComponent(id)}`);
  }

  async providers() {
    return (await this.call<{ providers: ProviderStatus[] }>('GET', '/providers')).providers;
  }

  async ask(conversationId: string, text: string, onEvent: (event: ChatStreamEvent) => void, signal?: AbortSignal) {
    const response = await this.request('POST', `/conversations/${encodeURIComponent(conversationId)}/messages`, { text }, signal);
    if (!response.ok) throw await failure(response);
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

  private async request(method: string, path: string, body?: unknown, signal?: AbortSignal) {
    const baseUrl = await this.options.discoveryApi.getBaseUrl('ai-assistant');
    return this.options.fetchApi.fetch(`${baseUrl}${path}`, {
      method,
      signal,
      headers: body === undefined ? undefined : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await this.request(method, path, body);
    if (!response.ok) throw await failure(response);
    return (response.status === 204 ? undefined : await response.json()) as T;
  }
}
