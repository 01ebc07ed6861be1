import { FakeLlm, LlmScript, startFakeLlm } from '@internal/test-fakes';
import { AnthropicProvider } from './anthropic';
import { BedrockProvider } from './bedrock';
import { OpenAiProvider } from './openai';
import { ModelMessage, ModelProvider } from './types';

/** Calls a tool on the first turn, then answers with the tool's result. */
const script: LlmScript = turn => {
  const last = turn.messages[turn.messages.length - 1];
  if (last.role === 'user') return { text: 'Looking. ', toolCalls: [{ name: 'catalog__get-catalog-entity', arguments: { name: 'alpha-api' } }] };
  return { text: `The tool said: ${last.content}` };
};

const tools = [{ name: 'catalog__get-catalog-entity', description: 'Get an entity', parameters: { type: 'object', properties: { name: { type: 'string' } } } }];

async function converse(provider: ModelProvider) {
  const streamed: string[] = [];
  const messages: ModelMessage[] = [
    { role: 'system', content: 'Be brief.' },
    { role: 'user', content: 'Who owns alpha-api?' },
  ];
  const first = await provider.complete({ messages, tools, signal: new AbortController().signal, onText: d => streamed.push(d) });
  messages.push({ role: 'assistant', content: first.text, toolCalls: first.toolCalls });
  messages.push({ role: 'tool', toolCallId: first.toolCalls[0].id, name: first.toolCalls[0].name, content: 'owner: alpha-team' });
  const second = await provider.complete({ messages, tools, signal: new AbortController().signal, onText: d => streamed.push(d) });
  return { first, second, streamed };
}

describe.each([
  [
    'OpenAI-compatible',
    (url: string) =>
      new OpenAiProvider({ id: 'p', type: 'openai', local: false, model: 'gpt', baseUrl: `${url}/v1`, apiKey: 'key', timeoutMs: 2_000, maxTokens: 50 }),
  ],
  [
    'Azure OpenAI',
    (url: string) =>
      new OpenAiProvider({
        id: 'p',
        type: 'azure-openai',
        local: false,
        model: 'gpt-4o-deployment',
        endpoint: url,
        apiVersion: '2024-10-21',
        apiKey: 'key',
        timeoutMs: 2_000,
        maxTokens: 50,
      }),
  ],
  [
    'Anthropic',
    (url: string) => new AnthropicProvider({ id: 'p', local: false, model: 'claude', baseUrl: url, apiKey: 'key', timeoutMs: 2_000, maxTokens: 50 }),
  ],
  [
    'Bedrock',
    (url: string) =>
      new BedrockProvider({
        id: 'p',
        local: false,
        model: 'anthropic.claude-v2',
        region: 'eu-west-1',
        endpoint: url,
        credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
        timeoutMs: 2_000,
        maxTokens: 50,
      }),
  ],
])('the %s provider, through its official client', (_name, create) => {
  let llm: FakeLlm;
  beforeAll(async () => {
    llm = await startFakeLlm({ script, apiKey: 'key' });
  });
  afterAll(() => llm.stop());

  it('streams text, asks for tools, and sends tool results back in the API’s own shape', async () => {
    const { first, second, streamed } = await converse(create(llm.url));
    expect(first.text).toBe('Looking. ');
    expect(first.toolCalls).toEqual([{ id: expect.any(String), name: 'catalog__get-catalog-entity', arguments: '{"name":"alpha-api"}' }]);
    expect(second).toEqual({ text: 'The tool said: owner: alpha-team', toolCalls: [] });
    expect(streamed.join('')).toBe('Looking. The tool said: owner: alpha-team');
    // The system prompt travels as the API expects it, and the tool result is tied to its call.
    expect(llm.turns[1]).toMatchObject({ system: 'Be brief.', tools: ['catalog__get-catalog-entity'] });
    expect(llm.turns[1].messages.map(m => m.role)).toEqual(['user', 'assistant', 'tool']);
  });

  it('reports an API error as an error', async () => {
    llm.fail('error500');
    await expect(
      create(llm.url).complete({ messages: [{ role: 'user', content: 'hi' }], tools: [], signal: new AbortController().signal, onText: () => {} }),
    ).rejects.toThrow();
    llm.fail('none');
  });
});
