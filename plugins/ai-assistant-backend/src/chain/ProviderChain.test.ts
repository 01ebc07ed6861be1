import { FakeLlm, recordedMetrics, startFakeLlm } from '@internal/test-fakes';
import { OpenAiProvider } from '../providers/openai';
import { ProviderChain } from './ProviderChain';

const answer = (id: string) => () => ({ text: `${id} answers` });

describe('ProviderChain', () => {
  let first: FakeLlm;
  let second: FakeLlm;
  let now = 0;
  let chain: ProviderChain;
  let metrics: ReturnType<typeof recordedMetrics>;

  const provider = (id: string, llm: FakeLlm) => ({
    provider: new OpenAiProvider({ id, type: 'openai', local: false, model: 'm', baseUrl: `${llm.url}/v1`, timeoutMs: 1_000, maxTokens: 100 }),
    timeoutMs: 1_000,
  });
  const ask = () => {
    const providers: string[] = [];
    let text = '';
    return chain
      .complete({
        messages: [{ role: 'user', content: 'hi' }],
        tools: [],
        localOnly: false,
        signal: new AbortController().signal,
        onProvider: p => providers.push(p.id),
        onReset: () => undefined,
        onText: d => (text += d),
      })
      .then(result => ({ answeredBy: result.provider.id, asked: providers, text }));
  };

  beforeAll(async () => {
    first = await startFakeLlm({ script: answer('first') });
    second = await startFakeLlm({ script: answer('second') });
  });
  afterAll(async () => {
    await first.stop();
    await second.stop();
  });
  beforeEach(() => {
    now = 0;
    first.fail('none');
    first.turns.length = 0;
    metrics = recordedMetrics();
    chain = new ProviderChain(
      [provider('first', first), provider('second', second)],
      { failureThreshold: 2, resetAfterMs: 30_000, now: () => now },
      metrics.service,
    );
  });

  it('opens the breaker after repeated failures, then skips the provider without asking it', async () => {
    first.fail('error500');
    expect(await ask()).toMatchObject({ answeredBy: 'second', asked: ['first', 'second'] });
    expect(chain.status()[0].breaker).toBe('closed');
    expect(await ask()).toMatchObject({ answeredBy: 'second', asked: ['first', 'second'] });
    expect(chain.status()[0].breaker).toBe('open');
    expect(await ask()).toMatchObject({ answeredBy: 'second', asked: ['second'], text: 'second answers' });
    expect(first.turns).toHaveLength(2);
    // Every question first could not take counts as a failover, by why it was passed over.
    const failovers = (id: string, reason: string) => metrics.value('portal.assistant.provider.failovers', { provider: id, reason });
    expect([await failovers('first', 'failed'), await failovers('first', 'breaker_open'), await failovers('second', 'failed')]).toEqual([2, 1, 0]);
  });

  it('lets one request try again after the reset time, and closes when it answers', async () => {
    first.fail('error500');
    await ask();
    await ask();
    first.fail('none');
    now = 29_999;
    expect(await ask()).toMatchObject({ answeredBy: 'second', asked: ['second'] });
    now = 30_000;
    expect(chain.status()[0].breaker).toBe('half-open');
    expect(await ask()).toMatchObject({ answeredBy: 'first', asked: ['first'] });
    expect(chain.status()[0].breaker).toBe('closed');
  });

  it('re-opens at once when the trial request fails', async () => {
    first.fail('error500');
    await ask();
    await ask();
    now = 30_000;
    expect(await ask()).toMatchObject({ answeredBy: 'second', asked: ['first', 'second'] });
    expect(chain.status()[0].breaker).toBe('open');
  });

  it('never shows a key an API echoed in its error', async () => {
    first.fail('error500');
    second.fail('error500');
    const keyed = new ProviderChain(
      [
        {
          provider: {
            id: 'leaky',
            type: 'openai',
            local: false,
            supportsTools: false,
            complete: async () => {
              throw new Error('401 Incorrect API key provided: sk-proj-abcdefghijklmnopqrstuvwxyz123456');
            },
          },
          timeoutMs: 1_000,
        },
      ],
      { failureThreshold: 2, resetAfterMs: 30_000 },
      recordedMetrics().service,
    );
    const asked = keyed.complete({
      messages: [],
      tools: [],
      localOnly: false,
      signal: new AbortController().signal,
      onProvider: () => {},
      onReset: () => {},
      onText: () => {},
    });
    await expect(asked).rejects.toThrow('No AI provider answered (leaky: 401 Incorrect API key provided: [REDACTED:api-key])');
    second.fail('none');
  });

  it('gives a bounded error naming every provider when none answers', async () => {
    first.fail('hang');
    second.fail('error500');
    const started = Date.now();
    await expect(ask()).rejects.toThrow(/^No AI provider answered \(first: no answer within 1000 ms; second: 500 /);
    expect(Date.now() - started).toBeLessThan(3_000);
    second.fail('none');
  });
});
