/*
 * Stand-ins for model providers on 127.0.0.1, speaking their documented HTTP APIs: OpenAI's chat
 * completions (streamed as server-sent events), Anthropic's Messages API (streamed) and AWS
 * Bedrock's Converse. What the "model" says comes from a script, so tests can tell which
 * provider answered and what it was sent.
 */
import http from 'node:http';
import { listenOnLoopback } from './server';

/** A request as the script sees it, whichever API it came through. */
export interface LlmTurn {
  api: 'openai' | 'anthropic' | 'bedrock';
  model: string;
  system: string;
  /** User and assistant text, and tool results, in order. */
  messages: { role: 'user' | 'assistant' | 'tool'; content: string }[];
  /** Tool names offered. */
  tools: string[];
}

export interface LlmReply {
  text?: string;
  toolCalls?: { name: string; arguments: Record<string, unknown> }[];
}

export type LlmScript = (turn: LlmTurn) => LlmReply;

/** error500: an API error; hang: never answers; midstream: some text, then the connection drops. */
export type LlmFailure = 'none' | 'error500' | 'hang' | 'midstream';

export interface FakeLlm {
  url: string;
  turns: LlmTurn[];
  /** The raw request bodies, to check what left the portal. */
  bodies: string[];
  fail(mode: LlmFailure): void;
  stop(): Promise<void>;
}

type Json = any;

const textOf = (content: Json): string => {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    return content
      .map((b: Json) => {
        if (typeof b?.text === 'string') return b.text;
        if (b?.type === 'tool_result') return textOf(b.content);
        if (b?.toolResult) return textOf(b.toolResult.content);
        return '';
      })
      .join('');
  }
  return '';
};

function turnOf(path: string, body: Json): LlmTurn | undefined {
  if (path.endsWith('/chat/completions')) {
    const messages = (body.messages ?? []) as Json[];
    return {
      api: 'openai',
      model: body.model,
      system: messages
        .filter(m => m.role === 'system')
        .map(m => textOf(m.content))
        .join('\n'),
      messages: messages.filter(m => m.role !== 'system').map(m => ({ role: m.role, content: textOf(m.content) })),
      tools: (body.tools ?? []).map((t: Json) => t.function?.name),
    };
  }
  if (path.endsWith('/v1/messages')) {
    return {
      api: 'anthropic',
      model: body.model,
      system: textOf(body.system),
      messages: (body.messages ?? []).map((m: Json) => ({
        role: Array.isArray(m.content) && m.content.some((b: Json) => b.type === 'tool_result') ? 'tool' : m.role,
        content: textOf(m.content),
      })),
      tools: (body.tools ?? []).map((t: Json) => t.name),
    };
  }
  const converse = /^\/model\/([^/]+)\/converse$/.exec(path);
  if (converse) {
    return {
      api: 'bedrock',
      model: decodeURIComponent(converse[1]),
      system: textOf(body.system),
      messages: (body.messages ?? []).map((m: Json) => ({
        role: Array.isArray(m.content) && m.content.some((b: Json) => b.toolResult) ? 'tool' : m.role,
        content: textOf(m.content),
      })),
      tools: (body.toolConfig?.tools ?? []).map((t: Json) => t.toolSpec?.name),
    };
  }
  return undefined;
}

/** Text in a few pieces, so streaming can be seen. */
const pieces = (text: string) => text.match(/.{1,24}/gs) ?? [];

function sse(res: http.ServerResponse, events: { event?: string; data: unknown }[], dropAfter?: number) {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  events.forEach((e, i) => {
    if (dropAfter !== undefined && i >= dropAfter) return;
    res.write(`${e.event ? `event: ${e.event}\n` : ''}data: ${typeof e.data === 'string' ? e.data : JSON.stringify(e.data)}\n\n`);
  });
  // The pieces sent reach the client before the connection drops.
  if (dropAfter !== undefined) setTimeout(() => res.destroy(), 100);
  else res.end();
}

function openAiStream(model: string, reply: LlmReply) {
  const base = { id: 'chatcmpl-fake', object: 'chat.completion.chunk', created: 1, model };
  const chunk = (delta: Json, finish: string | null = null) => ({ data: { ...base, choices: [{ index: 0, delta, finish_reason: finish }] } });
  return [
    chunk({ role: 'assistant', content: '' }),
    ...pieces(reply.text ?? '').map(p => chunk({ content: p })),
    ...(reply.toolCalls ?? []).map((c, index) =>
      chunk({ tool_calls: [{ index, id: `call_${index}`, type: 'function', function: { name: c.name, arguments: JSON.stringify(c.arguments) } }] }),
    ),
    chunk({}, reply.toolCalls?.length ? 'tool_calls' : 'stop'),
    { data: '[DONE]' },
  ];
}

function anthropicStream(model: string, reply: LlmReply) {
  const events: { event: string; data: Json }[] = [
    {
      event: 'message_start',
      data: {
        type: 'message_start',
        message: {
          id: 'msg_fake',
          type: 'message',
          role: 'assistant',
          model,
          content: [],
          stop_reason: null,
          stop_sequence: null,
          usage: { input_tokens: 1, output_tokens: 0 },
        },
      },
    },
  ];
  let index = 0;
  if (reply.text) {
    events.push({ event: 'content_block_start', data: { type: 'content_block_start', index, content_block: { type: 'text', text: '' } } });
    for (const p of pieces(reply.text))
      events.push({ event: 'content_block_delta', data: { type: 'content_block_delta', index, delta: { type: 'text_delta', text: p } } });
    events.push({ event: 'content_block_stop', data: { type: 'content_block_stop', index } });
    index++;
  }
  for (const call of reply.toolCalls ?? []) {
    events.push({
      event: 'content_block_start',
      data: { type: 'content_block_start', index, content_block: { type: 'tool_use', id: `toolu_${index}`, name: call.name, input: {} } },
    });
    events.push({
      event: 'content_block_delta',
      data: { type: 'content_block_delta', index, delta: { type: 'input_json_delta', partial_json: JSON.stringify(call.arguments) } },
    });
    events.push({ event: 'content_block_stop', data: { type: 'content_block_stop', index } });
    index++;
  }
  events.push({
    event: 'message_delta',
    data: {
      type: 'message_delta',
      delta: { stop_reason: reply.toolCalls?.length ? 'tool_use' : 'end_turn', stop_sequence: null },
      usage: { output_tokens: 5 },
    },
  });
  events.push({ event: 'message_stop', data: { type: 'message_stop' } });
  return events;
}

function bedrockBody(reply: LlmReply) {
  return {
    output: {
      message: {
        role: 'assistant',
        content: [
          ...(reply.text ? [{ text: reply.text }] : []),
          ...(reply.toolCalls ?? []).map((c, i) => ({ toolUse: { toolUseId: `tooluse_${i}`, name: c.name, input: c.arguments } })),
        ],
      },
    },
    stopReason: reply.toolCalls?.length ? 'tool_use' : 'end_turn',
    usage: { inputTokens: 1, outputTokens: 1, totalTokens: 2 },
    metrics: { latencyMs: 1 },
  };
}

export interface FakeLlmOptions {
  script: LlmScript;
  port?: number;
  /** When set, requests must carry it (as `Authorization: Bearer`, `api-key` or `x-api-key`). */
  apiKey?: string;
}

export async function startFakeLlm(options: FakeLlmOptions): Promise<FakeLlm> {
  const turns: LlmTurn[] = [];
  const bodies: string[] = [];
  let mode: LlmFailure = 'none';
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', chunk => (raw += chunk));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      const json = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      let body: Json;
      try {
        body = JSON.parse(raw || '{}');
      } catch {
        json(400, { error: { message: 'invalid JSON', type: 'invalid_request_error' } });
        return;
      }
      const turn = turnOf(path, body);
      if (!turn || req.method !== 'POST') {
        json(404, { error: { message: `no route ${req.method} ${path}`, type: 'not_found_error' } });
        return;
      }
      // OpenAI: Authorization: Bearer; Azure OpenAI: api-key; Anthropic: x-api-key.
      const presented = req.headers['x-api-key'] ?? req.headers['api-key'] ?? req.headers.authorization?.replace(/^Bearer /, '');
      if (options.apiKey && turn.api !== 'bedrock' && presented !== options.apiKey) {
        json(401, { error: { message: 'invalid api key', type: 'authentication_error' } });
        return;
      }
      bodies.push(raw);
      turns.push(turn);
      if (mode === 'hang') return;
      if (mode === 'error500') {
        json(500, { error: { message: 'the model is overloaded', type: 'api_error' } });
        return;
      }
      if (turn.messages.length === 0) {
        json(400, { error: { message: 'messages: at least one message is required', type: 'invalid_request_error' } });
        return;
      }
      let reply: LlmReply;
      try {
        reply = options.script(turn);
      } catch (error) {
        json(500, { error: { message: `the script failed: ${error}`, type: 'api_error' } });
        return;
      }
      // midstream: the headers and the first pieces of text go out, then the connection drops.
      const dropAfter = mode === 'midstream' ? 2 : undefined;
      if (turn.api === 'openai') sse(res, openAiStream(turn.model, reply), dropAfter);
      else if (turn.api === 'anthropic') sse(res, anthropicStream(turn.model, reply), dropAfter && dropAfter + 1);
      else json(200, bedrockBody(reply));
    });
  });
  const { url, stop } = await listenOnLoopback(server, options.port);
  return {
    url,
    turns,
    bodies,
    fail(next) {
      mode = next;
    },
    stop,
  };
}
