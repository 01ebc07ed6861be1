import { BedrockRuntimeClient, ContentBlock, ConverseCommand, Message, Tool } from '@aws-sdk/client-bedrock-runtime';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { ModelMessage, ModelProvider, ModelReply, ModelRequest, parseArguments } from './types';

export interface BedrockProviderOptions {
  id: string;
  local: boolean;
  model: string;
  region: string;
  /** A VPC endpoint, or a stand-in in tests. */
  endpoint?: string;
  /** Without these the SDK's default chain applies (IRSA on EKS, the instance role, env...). */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  timeoutMs: number;
  maxTokens: number;
}

/** Converse wants the system prompt apart and tool results inside a user turn. */
export function toBedrock(messages: ModelMessage[]): { system: string; messages: Message[] } {
  const system = messages.flatMap(m => (m.role === 'system' ? [m.content] : [])).join('\n\n');
  const out: Message[] = [];
  for (const message of messages) {
    if (message.role === 'system') continue;
    if (message.role === 'tool') {
      const block: ContentBlock = { toolResult: { toolUseId: message.toolCallId, content: [{ text: message.content }] } };
      const last = out[out.length - 1];
      if (last?.role === 'user' && last.content?.some(b => b.toolResult)) last.content.push(block);
      else out.push({ role: 'user', content: [block] });
    } else if (message.role === 'assistant') {
      out.push({
        role: 'assistant',
        content: [
          ...(message.content ? [{ text: message.content }] : []),
          ...(message.toolCalls ?? []).map(c => ({ toolUse: { toolUseId: c.id, name: c.name, input: parseArguments(c.arguments) } } as ContentBlock)),
        ],
      });
    } else {
      out.push({ role: 'user', content: [{ text: message.content }] });
    }
  }
  return { system, messages: out };
}

/**
 * AWS Bedrock through the official SDK's Converse API. The answer arrives whole (Converse, not
 * ConverseStream) and is passed on as one piece of text.
 */
export class BedrockProvider implements ModelProvider {
  readonly type = 'bedrock' as const;
  readonly supportsTools = true;
  private readonly client: BedrockRuntimeClient;

  constructor(private readonly options: BedrockProviderOptions) {
    this.client = new BedrockRuntimeClient({
      region: options.region,
      endpoint: options.endpoint,
      credentials: options.credentials,
      maxAttempts: 1,
      // Converse is a plain request: HTTP/1.1, which every VPC endpoint and proxy passes.
      requestHandler: new NodeHttpHandler({ requestTimeout: options.timeoutMs, connectionTimeout: options.timeoutMs }),
    });
  }

  get id() {
    return this.options.id;
  }
  get local() {
    return this.options.local;
  }

  async complete(request: ModelRequest): Promise<ModelReply> {
    const { system, messages } = toBedrock(request.messages);
    const tools: Tool[] = request.tools.map(t => ({
      toolSpec: { name: t.name, description: t.description, inputSchema: { json: t.parameters as never } },
    }));
    const output = await this.client.send(
      new ConverseCommand({
        modelId: this.options.model,
        system: system ? [{ text: system }] : undefined,
        messages,
        inferenceConfig: { maxTokens: this.options.maxTokens },
        ...(tools.length ? { toolConfig: { tools } } : {}),
      }),
      { abortSignal: request.signal },
    );
    let text = '';
    const toolCalls = [];
    for (const block of output.output?.message?.content ?? []) {
      if (block.text) text += block.text;
      if (block.toolUse) {
        toolCalls.push({
          id: block.toolUse.toolUseId ?? `call_${toolCalls.length}`,
          name: block.toolUse.name ?? '',
          arguments: JSON.stringify(block.toolUse.input ?? {}),
        });
      }
    }
    if (text) request.onText(text);
    return { text, toolCalls };
  }

  async dispose() {
    this.client.destroy();
  }
}
