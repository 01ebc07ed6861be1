import Anthropic from '@anthropic-ai/sdk';
import type { MessageParam } from '@anthropic-ai/sdk/resources/messages';
import { ModelMessage, ModelProvider, ModelReply, ModelRequest, parseArguments } from './types';

export interface AnthropicProviderOptions {
  id: string;
  local: boolean;
  model: string;
  apiKey?: string;
  baseUrl?: string;
  timeoutMs: number;
  maxTokens: number;
}

/** The Messages API wants the system prompt apart and tool results inside a user turn. */
export function toAnthropic(messages: ModelMessage[]): { system: string; messages: MessageParam[] } {
  const system = messages.flatMap(m => (m.role === 'system' ? [m.content] : [])).join('\n\n');
  const out: MessageParam[] = [];
  for (const message of messages) {
    if (message.role === 'system') continue;
    if (message.role === 'tool') {
      const block = { type: 'tool_result' as const, tool_use_id: message.toolCallId, content: message.content };
      const last = out[out.length - 1];
      if (last?.role === 'user' && Array.isArray(last.content)) last.content.push(block);
      else out.push({ role: 'user', content: [block] });
    } else if (message.role === 'assistant') {
      out.push({
        role: 'assistant',
        content: [
          ...(message.content ? [{ type: 'text' as const, text: message.content }] : []),
          ...(message.toolCalls ?? []).map(c => ({ type: 'tool_use' as const, id: c.id, name: c.name, input: parseArguments(c.arguments) })),
        ],
      });
    } else {
      out.push({ role: 'user', content: message.content });
    }
  }
  return { system, messages: out };
}

/** Anthropic's Messages API through its official SDK, streamed. */
export class AnthropicProvider implements ModelProvider {
  readonly type = 'anthropic' as const;
  readonly supportsTools = true;
  private readonly client: Anthropic;

  constructor(private readonly options: AnthropicProviderOptions) {
    this.client = new Anthropic({ apiKey: options.apiKey, baseURL: options.baseUrl, maxRetries: 0, timeout: options.timeoutMs });
  }

  get id() {
    return this.options.id;
  }
  get local() {
    return this.options.local;
  }

  async complete(request: ModelRequest): Promise<ModelReply> {
    const { system, messages } = toAnthropic(request.messages);
    const stream = this.client.messages.stream(
      {
        model: this.options.model,
        max_tokens: this.options.maxTokens,
        system,
        messages,
        ...(request.tools.length
          ? { tools: request.tools.map(t => ({ name: t.name, description: t.description, input_schema: t.parameters as Anthropic.Tool.InputSchema })) }
          : {}),
      },
      { signal: request.signal },
    );
    stream.on('text', delta => request.onText(delta));
    const final = await stream.finalMessage();
    let text = '';
    const toolCalls = [];
    for (const block of final.content) {
      if (block.type === 'text') text += block.text;
      if (block.type === 'tool_use') toolCalls.push({ id: block.id, name: block.name, arguments: JSON.stringify(block.input ?? {}) });
    }
    return { text, toolCalls };
  }
}
