import type { Llama, LlamaModel } from 'node-llama-cpp';
import { ModelMessage, ModelProvider, ModelReply, ModelRequest } from './types';

export interface LlamaCppProviderOptions {
  id: string;
  /** A GGUF model file on this machine. */
  modelPath: string;
  contextSize: number;
  maxTokens: number;
}

type ChatHistoryItem = { type: 'system'; text: string } | { type: 'user'; text: string } | { type: 'model'; response: string[] };

/** The conversation so far as node-llama-cpp's chat history, and the prompt to answer. */
export function toLlamaHistory(messages: ModelMessage[]): { history: ChatHistoryItem[]; prompt: string } {
  const history: ChatHistoryItem[] = [];
  for (const message of messages) {
    if (message.role === 'system') history.push({ type: 'system', text: message.content });
    else if (message.role === 'user') history.push({ type: 'user', text: message.content });
    else if (message.role === 'assistant') history.push({ type: 'model', response: [message.content] });
    // Tool turns never reach this provider: it is offered no tools.
  }
  const last = history[history.length - 1];
  if (last?.type !== 'user') throw new Error('The conversation must end with a question');
  history.pop();
  return { history, prompt: last.text };
}

/**
 * A GGUF model run inside the backend process by node-llama-cpp, on the CPU. It never leaves the
 * machine, so it is always local. It is offered no tools: the assistant grounds it with what it
 * looked up before asking.
 */
export class LlamaCppProvider implements ModelProvider {
  readonly type = 'llama-cpp' as const;
  readonly local = true;
  readonly supportsTools = false;
  private loaded?: Promise<{ llama: Llama; model: LlamaModel }>;

  constructor(private readonly options: LlamaCppProviderOptions) {}

  get id() {
    return this.options.id;
  }

  private load() {
    // Loaded on first use: a portal that never needs the local model does not pay for it.
    this.loaded ??= (async () => {
      // node-llama-cpp is an ES module; a real dynamic import keeps it one in the CommonJS build.
      const { getLlama } = await import('node-llama-cpp');
      // Prebuilt binaries only: never compile llama.cpp (or download its sources) at run time.
      const llama = await getLlama({ gpu: false, build: 'never' });
      const model = await llama.loadModel({ modelPath: this.options.modelPath });
      return { llama, model };
    })();
    this.loaded.catch(() => {
      this.loaded = undefined;
    });
    return this.loaded;
  }

  async complete(request: ModelRequest): Promise<ModelReply> {
    const { model } = await this.load();
    const { LlamaChatSession } = await import('node-llama-cpp');
    const { history, prompt } = toLlamaHistory(request.messages);
    const context = await model.createContext({ contextSize: this.options.contextSize });
    try {
      const session = new LlamaChatSession({ contextSequence: context.getSequence() });
      session.setChatHistory(history);
      const text = await session.prompt(prompt, {
        maxTokens: this.options.maxTokens,
        signal: request.signal,
        onTextChunk: chunk => request.onText(chunk),
      });
      return { text, toolCalls: [] };
    } finally {
      await context.dispose();
    }
  }

  async dispose() {
    const loaded = await this.loaded?.catch(() => undefined);
    await loaded?.model.dispose();
    await loaded?.llama.dispose();
  }
}
