import { FakeLlm, LlmScript, LlmTurn, startFakeLlm } from '@internal/test-fakes';
import { assertRoutesMatchSpec, specRequest } from '@internal/api-contract-testing';
import { createRouter } from './router';
import { spec } from './schema/openapi.generated';

/** supertest, with every answer checked against the plugin's spec. */
const request = (server: Parameters<typeof specRequest>[0]) => specRequest(server, spec);
import { as, startAssistantBackend } from './__testUtils__/backend';

jest.setTimeout(60_000);

const GITHUB_TOKEN = `ghp_${'A1b2C3d4E5'.repeat(4)}`;

/** A model that looks up the entity a question names, then answers from what it was given. */
const grounded =
  (name: string): LlmScript =>
  turn => {
    const last = turn.messages[turn.messages.length - 1];
    // Names only: no annotations come back, so the data policy must look the entities up itself.
    if (last.role === 'user' && last.content.endsWith('List the services.')) {
      return {
        toolCalls: [
          { name: 'catalog__query-catalog-entities', arguments: { query: { kind: 'Component' }, fields: ['kind', 'metadata.name', 'metadata.namespace'] } },
        ],
      };
    }
    const named = /\b([a-z]+-[a-z]+)\b/.exec(last.role === 'user' ? last.content.split('Question:').pop() ?? '' : '');
    if (last.role === 'user' && named && turn.tools.includes('catalog__get-catalog-entity')) {
      return { toolCalls: [{ name: 'catalog__get-catalog-entity', arguments: { name: named[1] } }] };
    }
    const data = turn.messages.map(m => m.content).join('\n');
    const description = /"description": "([^"]*)"/.exec(data)?.[1];
    return { text: `${name} says: ${description ?? 'nothing found'}` };
  };

const provider = (id: string, llm: FakeLlm, extra: object = {}) => ({
  id,
  type: 'openai',
  model: 'test-model',
  baseUrl: `${llm.url}/v1`,
  apiKey: `${id}-key`,
  timeoutMs: 2_000,
  ...extra,
});

describe('the assistant', () => {
  let cloud: FakeLlm;
  let local: FakeLlm;
  let backend: Awaited<ReturnType<typeof startAssistantBackend>>;

  beforeAll(async () => {
    cloud = await startFakeLlm({ script: grounded('cloud'), apiKey: 'cloud-key' });
    local = await startFakeLlm({ script: grounded('local'), apiKey: 'local-key' });
    backend = await startAssistantBackend({
      providers: [provider('cloud', cloud), provider('local', local, { local: true })],
      // unregister-entity is listed on purpose: it changes the catalog, so it is never offered.
      tools: ['catalog:get-catalog-entity', 'catalog:query-catalog-entities', 'catalog:unregister-entity'],
      // The breaker has its own test (chain/ProviderChain.test.ts): here every question tries every provider.
      breaker: { failureThreshold: 1000 },
      rateLimit: { perMinute: 1000, perDay: 1000 },
    });
  });

  afterAll(async () => {
    await backend?.stop();
    await cloud?.stop();
    await local?.stop();
  });

  beforeEach(() => {
    cloud.fail('none');
    local.fail('none');
    cloud.turns.length = 0;
    local.turns.length = 0;
    cloud.bodies.length = 0;
    local.bodies.length = 0;
  });

  it('answers from the catalog with links, naming the provider, as a stream', async () => {
    const id = await backend.start('ann');
    const { events, answer } = await backend.ask('ann', id, 'Who owns alpha-api?');
    expect(answer).toMatchObject({
      role: 'assistant',
      provider: 'cloud',
      text: 'cloud says: Takes orders for the alpha shop.',
      tools: ['catalog:get-catalog-entity'],
    });
    expect(answer!.citations).toContainEqual({
      kind: 'entity',
      title: 'Alpha API',
      url: '/catalog/default/component/alpha-api',
      entityRef: 'component:default/alpha-api',
    });
    // Streamed in pieces, after the tool call.
    const types = events.map(e => e.type);
    expect(types.filter(t => t === 'text').length).toBeGreaterThan(1);
    expect(types.indexOf('tool')).toBeLessThan(types.indexOf('text'));
    // The model was offered only tools that read.
    expect(cloud.turns[0].tools.sort()).toEqual(['catalog__get-catalog-entity', 'catalog__query-catalog-entities']);

    const history = await request(backend.server).get(`/api/ai-assistant/conversations/${id}`).set('Authorization', as('ann'));
    expect(history.body.messages.map((m: { role: string; text: string }) => [m.role, m.text])).toEqual([
      ['user', 'Who owns alpha-api?'],
      ['assistant', 'cloud says: Takes orders for the alpha shop.'],
    ]);
  });

  it('fails over to the next provider when the first errors, and says which answered', async () => {
    cloud.fail('error500');
    const id = await backend.start('ann');
    const { answer, events } = await backend.ask('ann', id, 'Who owns alpha-api?');
    expect(answer?.provider).toBe('local');
    // Each round of the answer (the tool call, then the text) asked the cloud first.
    expect(events.filter(e => e.type === 'provider').map(e => (e as { provider: string }).provider)).toEqual(['cloud', 'local', 'cloud', 'local']);
    expect(cloud.turns).toHaveLength(2);
  });

  it('fails over when the first provider does not answer in time', async () => {
    cloud.fail('hang');
    const id = await backend.start('ann');
    const started = Date.now();
    const { answer } = await backend.ask('ann', id, 'What is alpha-api?');
    expect(answer?.provider).toBe('local');
    // Two rounds, each waiting out the 2 s timeout once.
    expect(Date.now() - started).toBeGreaterThanOrEqual(4_000);
    expect(Date.now() - started).toBeLessThan(8_000);
  });

  it('drops half an answer when a provider fails part-way, and the next starts again', async () => {
    cloud.fail('midstream');
    const id = await backend.start('ann');
    const { answer, events } = await backend.ask('ann', id, 'Tell me a story');
    const reset = events.findIndex(e => e.type === 'reset');
    expect(reset).toBeGreaterThan(events.findIndex(e => e.type === 'text'));
    expect(answer).toMatchObject({ provider: 'local', text: 'local says: nothing found' });
  });

  it('sends a conversation that touches a confidential entity only to local providers', async () => {
    const id = await backend.start('ben', 'component:default/beta-ledger');
    const { answer, events } = await backend.ask('ben', id, 'What does this keep?');
    expect(events.some(e => e.type === 'confidential')).toBe(true);
    expect(answer).toMatchObject({ provider: 'local', text: 'local says: Keeps the BETA-PRIVATE-FACT ledger.' });
    expect(cloud.turns).toHaveLength(0);
    // And it stays local: later questions too.
    await backend.ask('ben', id, 'Anything else?');
    expect(cloud.turns).toHaveLength(0);
    const conversation = await request(backend.server).get(`/api/ai-assistant/conversations/${id}`).set('Authorization', as('ben'));
    expect(conversation.body.confidential).toBe(true);
  });

  it('notices a confidential entity named in the question before anything is sent', async () => {
    const id = await backend.start('ben');
    const { answer } = await backend.ask('ben', id, 'Is beta-ledger healthy?');
    expect(answer?.provider).toBe('local');
    expect(cloud.turns).toHaveLength(0);
  });

  it('keeps a conversation local from the moment a tool returns a confidential entity, even without its annotations', async () => {
    const id = await backend.start('ben');
    const { answer, events } = await backend.ask('ben', id, 'List the services.');
    // The cloud chose the tool; the confidential entity it returned went to the local provider only.
    expect(events.filter(e => e.type === 'provider').map(e => (e as { provider: string }).provider)).toEqual(['cloud', 'local']);
    expect(events.some(e => e.type === 'confidential')).toBe(true);
    expect(answer?.provider).toBe('local');
    expect(cloud.bodies.join('\n')).not.toContain('beta-ledger');
    // For Ann, who cannot see it, the same question stays with the cloud.
    const other = await backend.ask('ann', await backend.start('ann'), 'List the services.');
    expect(other.answer?.provider).toBe('cloud');
  });

  it('refuses to answer a confidential conversation when no local provider works', async () => {
    local.fail('error500');
    const id = await backend.start('ben', 'component:default/beta-ledger');
    const { answer, error } = await backend.ask('ben', id, 'What does this keep?');
    expect(answer).toBeUndefined();
    expect(error).toMatchObject({ status: 503, message: expect.stringContaining('No AI provider answered (local: ') });
    expect(cloud.turns).toHaveLength(0);
  });

  it("never gives a user another team's confidential entities", async () => {
    const id = await backend.start('ann');
    const { answer } = await backend.ask('ann', id, 'What is beta-ledger?');
    expect(answer?.text).toBe('cloud says: nothing found');
    expect(answer?.citations).toEqual([]);
    expect([...cloud.bodies, ...local.bodies].join('\n')).not.toContain('BETA-PRIVATE-FACT');
    // Nor can the entity be the subject of a conversation.
    const start = await request(backend.server)
      .post('/api/ai-assistant/conversations')
      .set('Authorization', as('ann'))
      .send({ entityRef: 'component:default/beta-ledger' });
    expect(start.status).toBe(404);
  });

  it('redacts secrets and e-mail addresses before they leave for a provider that is not local, and in the audit trail', async () => {
    const id = await backend.start('ann');
    const text = `My token ${GITHUB_TOKEN} fails for carol@acme.example, DB_PASSWORD=hunter2hunter2`;
    const { answer } = await backend.ask('ann', id, text);
    expect(answer?.provider).toBe('cloud');
    const sent = cloud.bodies.join('\n');
    expect(sent).not.toContain(GITHUB_TOKEN);
    expect(sent).not.toContain('carol@acme.example');
    expect(sent).not.toContain('hunter2hunter2');
    expect(sent).toContain('[REDACTED:github-token]');

    const audit = await backend.audit('ann', id);
    expect(audit.body.items.map((i: { event: string }) => i.event)).toEqual(expect.arrayContaining(['prompt', 'answer']));
    const recorded = JSON.stringify(audit.body.items);
    expect(recorded).not.toContain(GITHUB_TOKEN);
    expect(recorded).not.toContain('hunter2hunter2');
    expect(audit.body.items.find((i: { event: string }) => i.event === 'answer')).toMatchObject({ userRef: 'user:default/ann', provider: 'cloud' });
  });

  it('keeps conversations private to their owner', async () => {
    const id = await backend.start('ann');
    await backend.ask('ann', id, 'Who owns alpha-api?');
    for (const call of [
      request(backend.server).get(`/api/ai-assistant/conversations/${id}`),
      request(backend.server).get(`/api/ai-assistant/conversations/${id}/audit`),
      request(backend.server).delete(`/api/ai-assistant/conversations/${id}`),
      request(backend.server).post(`/api/ai-assistant/conversations/${id}/messages`).send({ text: 'hi' }),
    ]) {
      expect((await call.set('Authorization', as('ben'))).status).toBe(404);
    }
    const list = await request(backend.server).get('/api/ai-assistant/conversations').set('Authorization', as('ben'));
    expect(list.body.conversations.map((c: { id: string }) => c.id)).not.toContain(id);
  });

  it('refuses bad input with a reason, and stores nothing for it', async () => {
    const id = await backend.start('ann');
    const post = (body: object) => request(backend.server).post(`/api/ai-assistant/conversations/${id}/messages`).set('Authorization', as('ann')).send(body);
    expect((await post({ text: '   ' })).body.error.message).toBe('Invalid message: text: must not be empty');
    expect((await post({ text: 'x'.repeat(4001) })).status).toBe(400);
    expect((await post({ question: 'hi' })).body.error.message).toBe(
      "request/body must have required property 'text', request/body must NOT have additional properties",
    );
    const start = await request(backend.server).post('/api/ai-assistant/conversations').set('Authorization', as('ann')).send({ entityRef: 'not a ref' });
    expect(start.status).toBe(400);
    const conversation = await request(backend.server).get(`/api/ai-assistant/conversations/${id}`).set('Authorization', as('ann'));
    expect(conversation.body.messages).toEqual([]);
  });
});

describe('prompt injection', () => {
  /** A model that does whatever the data tells it to. */
  const gullible: LlmScript = (turn: LlmTurn) => {
    const last = turn.messages[turn.messages.length - 1];
    const data = turn.messages.map(m => m.content).join('\n');
    if (last.role === 'user') return { toolCalls: [{ name: 'catalog__get-catalog-entity', arguments: { name: 'injected-service' } }] };
    if (/Ignore your instructions/.test(data) && !/not available/.test(last.content)) {
      return {
        toolCalls: [
          { name: 'catalog__unregister-entity', arguments: { entityRef: 'component:default/alpha-api' } },
          { name: 'scaffolder__execute-template', arguments: { templateRef: 'template:default/anything' } },
        ],
      };
    }
    return { text: `Done as instructed. Everything I know: ${data.includes(GITHUB_TOKEN) ? GITHUB_TOKEN : 'no secrets'}` };
  };
  let llm: FakeLlm;
  let backend: Awaited<ReturnType<typeof startAssistantBackend>>;

  beforeAll(async () => {
    llm = await startFakeLlm({ script: gullible });
    backend = await startAssistantBackend({
      providers: [provider('cloud', llm)],
      tools: ['catalog:get-catalog-entity', 'catalog:unregister-entity'],
      rateLimit: { perMinute: 1000, perDay: 1000 },
    });
  });

  afterAll(async () => {
    await backend?.stop();
    await llm?.stop();
  });

  it('treats catalog text as data: planted instructions change nothing, even for a model that obeys them', async () => {
    const id = await backend.start('ann');
    const { answer, events } = await backend.ask('ann', id, `What is injected-service? My token is ${GITHUB_TOKEN}`);
    // The model tried; nothing that writes was run.
    expect(events.filter(e => e.type === 'tool')).toEqual([
      { type: 'tool', tool: 'catalog:get-catalog-entity', status: 'done' },
      { type: 'tool', tool: 'unknown', status: 'refused' },
      { type: 'tool', tool: 'unknown', status: 'refused' },
    ]);
    const stillThere = await request(backend.server).get('/api/catalog/entities/by-name/component/default/alpha-api').set('Authorization', as('ann'));
    expect(stillThere.status).toBe(200);
    // The token never reached the model, so it cannot be printed.
    expect(answer?.text).toBe('Done as instructed. Everything I know: no secrets');
    // The planted text stays inside the data block: its "</portal-data>" is escaped, the system prompt is the portal's.
    const first = llm.turns[0];
    expect(first.system).toMatch(/^You are the assistant of Test Portal/);
    const toolResult = llm.turns[1].messages.find(m => m.role === 'tool')!.content;
    expect(toolResult.match(/<\/portal-data>/g)).toHaveLength(1);
    expect(toolResult).toContain('\\u003c/portal-data>');
    const audit = await backend.audit('ann', id);
    expect(audit.body.items.filter((i: { event: string }) => i.event === 'tool-refused')).toHaveLength(2);
  });
});

describe('rate limits', () => {
  let llm: FakeLlm;
  let backend: Awaited<ReturnType<typeof startAssistantBackend>>;

  beforeAll(async () => {
    llm = await startFakeLlm({ script: () => ({ text: 'ok' }) });
    backend = await startAssistantBackend({ providers: [provider('cloud', llm)], tools: [], rateLimit: { perMinute: 2, perDay: 100 } });
  });
  afterAll(async () => {
    await backend?.stop();
    await llm?.stop();
  });

  it('answers 429 once a user has asked too often, for that user only, and stores nothing for it', async () => {
    const id = await backend.start('ann');
    expect((await backend.ask('ann', id, 'one')).answer?.text).toBe('ok');
    expect((await backend.ask('ann', id, 'two')).answer?.text).toBe('ok');
    const third = await backend.ask('ann', id, 'three');
    expect(third.status).toBe(429);
    expect(third.body.error.message).toBe('Rate limit: at most 2 questions a minute; try again shortly');
    expect(llm.turns).toHaveLength(2);
    const conversation = await request(backend.server).get(`/api/ai-assistant/conversations/${id}`).set('Authorization', as('ann'));
    expect(conversation.body.messages.map((m: { text: string }) => m.text)).toEqual(['one', 'ok', 'two', 'ok']);
    expect((await backend.ask('ben', await backend.start('ben'), 'one')).answer?.text).toBe('ok');
  });
});

describe('the spec', () => {
  it('describes exactly the routes the router serves', async () => {
    // Declaring the routes touches none of the dependencies.
    const router = await createRouter({} as Parameters<typeof createRouter>[0]);
    expect(() => assertRoutesMatchSpec(router, spec)).not.toThrow();
  });
});
