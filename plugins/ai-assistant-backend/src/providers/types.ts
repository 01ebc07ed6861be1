/** What the assistant sends a model and gets back, whatever the provider's own API looks like. */

export interface ToolSpec {
  /** A name every provider accepts (`^[a-zA-Z0-9_-]{1,64}$`). */
  name: string;
  description: string;
  /** JSON Schema of the arguments. */
  parameters: Record<string, unknown>;
}

export interface ToolCall {
  id: string;
  name: string;
  /** The arguments as the model wrote them: JSON text, not yet trusted. */
  arguments: string;
}

export type ModelMessage =
  | { role: 'system' | 'user'; content: string }
  | { role: 'assistant'; content: string; toolCalls?: ToolCall[] }
  | { role: 'tool'; toolCallId: string; name: string; content: string };

export interface ModelRequest {
  messages: ModelMessage[];
  /** Empty when the provider cannot call tools or the assistant offers none. */
  tools: ToolSpec[];
  signal: AbortSignal;
  /** Text as it arrives, for streaming to the browser. */
  onText: (delta: string) => void;
}

export interface ModelReply {
  text: string;
  toolCalls: ToolCall[];
}

export type ProviderType = 'openai' | 'azure-openai' | 'anthropic' | 'bedrock' | 'llama-cpp';

export interface ModelProvider {
  id: string;
  type: ProviderType;
  /** Runs on infrastructure the organisation controls: confidential conversations may use it. */
  local: boolean;
  supportsTools: boolean;
  complete(request: ModelRequest): Promise<ModelReply>;
  dispose?(): Promise<void>;
}

/** A tool call's arguments as an object, for APIs that want one; what does not parse is `{}`. */
export function parseArguments(text: string): Record<string, unknown> {
  try {
    const parsed = JSON.parse(text || '{}');
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? parsed : {};
  } catch {
    return {};
  }
}
