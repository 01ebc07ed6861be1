import OpenAI, { AzureOpenAI } from 'openai';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { ModelMessage, ModelProvider, ModelReply, ModelRequest, ProviderType } from './types';

export interface OpenAiProviderOptions {
  id: string;
  type: Extract<ProviderType, 'openai' | 'azure-openai'>;
  local: boolean;
  model: string;
  /** OpenAI, Ollama (`http://127.0.0.1:11434/v1`), vLLM, llama.cpp's server, LiteLLM... */
  baseUrl?: string;
  apiKey?: string;
  /** Azure OpenAI: the resource endpoint and API version; `model` is the deployment. */
  endpoint?: string;
  apiVersion?: string;
  timeoutMs: number;
  maxTokens: number;
}

function toOpenAi(message: ModelMessage): ChatCompletionMessageParam {
  switch (message.role) {
    case 'tool':
      return { role: 'tool', tool_call_id: message.toolCallId, content: message.content };
    case 'assistant':
      return {
        role: 'assistant',
        content: message.content || null,
        ...(message.toolCalls?.length
          ? { tool_calls: message.toolCalls.map(c => ({ id: c.id, type: 'function' as const, function: { name: c.name, arguments: c.arguments } })) }
          : {}),
      };
    default:
      return { role: message.role, content: message.content };
  }
}

/** Any endpoint that speaks the OpenAI chat completions API, streamed. */
export class OpenAiProvider implements ModelProvider {
  readonly supportsTools = true;
  private readonly client: OpenAI;

  constructor(private readonly options: OpenAiProviderOptions) {
    // Retries are the chain's job: a failing provider hands over to the next one at once.
    const common = { apiKey: options.apiKey ?? 'unused', maxRetries: 0, timeout: options.timeoutMs };
    this.client =
      options.type === 'azure-openai'
        ? new AzureOpenAI({ ...common, endpoint: options.endpoint, apiVersion: options.apiVersion ?? '2024-10-21', deployment: options.model })
        : new OpenAI({ ...common, baseURL: options.baseUrl });
  }

  get id() {
    return this.options.id;
  }
  get type() {
    return this.options.type;
  }
  get local() {
    return this.options.local;
  }

  async complete(request: ModelRequest): Promise<ModelReply> {
    const stream = await this.client.chat.completions.create(
      {
        model: this.options.model,
        messages: request.messages.map(toOpenAi),
        max_tokens: this.options.maxTokens,
        stream: true,
        ...(request.tools.length
          ? { tools: request.tools.map(t => ({ type: 'function' as const, function: { name: t.name, description: t.description, parameters: t.parameters } })) }
          : {}),
      },
      { signal: request.signal },
    );
    let text = '';
    const calls: { id: string; name: string; arguments: string }[] = [];
    for await (const chunk of stream) {
      const delta = chunk.choices[0]?.delta;
      if (delta?.content) {
        text += delta.content;
        request.onText(delta.content);
      }
      for (const part of delta?.tool_calls ?? []) {
        const call = (calls[part.index] ??= { id: '', name: '', arguments: '' });
        call.id = part.id ?? call.id;
        call.name += part.function?.name ?? '';
        call.arguments += part.function?.arguments ?? '';
      }
    }
    return { text, toolCalls: calls.filter(Boolean).map((c, i) => ({ ...c, id: c.id || `call_${i}` })) };
  }
}
