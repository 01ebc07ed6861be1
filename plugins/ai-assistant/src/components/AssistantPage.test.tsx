import { renderInTestApp } from '@backstage/frontend-test-utils';
import { AiAssistantApi, ChatMessage, ChatStreamEvent } from '@internal/plugin-ai-assistant-common';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { aiAssistantApiRef } from '../api';
import { AssistantPage } from './AssistantPage';

const question: ChatMessage = { id: 'm1', role: 'user', text: 'Who owns payments-api?', citations: [], tools: [], createdAt: '2026-11-23T10:00:00Z' };
const answer: ChatMessage = {
  id: 'm2',
  role: 'assistant',
  text: 'It is owned by [Payments Team](/catalog/default/group/payments-team).',
  provider: 'ollama',
  citations: [{ kind: 'entity', title: 'Payments API', url: '/catalog/default/component/payments-api', entityRef: 'component:default/payments-api' }],
  tools: ['catalog:get-catalog-entity'],
  createdAt: '2026-11-23T10:00:01Z',
};

/** An assistant that streams `events`, pausing before the last one so the half-written answer shows. */
function fakeApi(events: ChatStreamEvent[]) {
  let release: () => void = () => {};
  const api: AiAssistantApi = {
    listConversations: jest.fn(async () => []),
    getConversation: jest.fn(),
    startConversation: jest.fn(async () => ({ id: 'c1', title: 'New conversation', confidential: false, createdAt: '', updatedAt: '' })),
    deleteConversation: jest.fn(),
    providers: jest.fn(async () => []),
    ask: jest.fn(async (_id: string, _text: string, onEvent: (e: ChatStreamEvent) => void) => {
      events.slice(0, -1).forEach(onEvent);
      await new Promise<void>(r => (release = r));
      onEvent(events[events.length - 1]);
    }),
  };
  return { api, finish: () => release() };
}

async function askQuestion(api: AiAssistantApi) {
  await renderInTestApp(<AssistantPage />, { apis: [[aiAssistantApiRef, api]] });
  fireEvent.change(await screen.findByRole('textbox', { name: 'Ask the assistant' }), { target: { value: 'Who owns payments-api?' } });
  fireEvent.click(screen.getByRole('button', { name: 'Send' }));
}

describe('AssistantPage', () => {
  it('streams the answer as it is written, then shows it marked as AI-generated with its provider and sources', async () => {
    const { api, finish } = fakeApi([
      { type: 'message', message: question },
      { type: 'provider', provider: 'ollama', local: true },
      { type: 'tool', tool: 'catalog:get-catalog-entity', status: 'done' },
      { type: 'text', delta: 'It is owned by ' },
      { type: 'done', message: answer },
    ]);
    await askQuestion(api);
    expect(await screen.findByText('Who owns payments-api?')).toBeInTheDocument();
    const streaming = await screen.findByRole('region', { name: 'Assistant answer' });
    expect(within(streaming).getByText('It is owned by')).toBeInTheDocument();
    expect(within(streaming).getByText('writing…')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send' })).toBeDisabled();

    finish();
    await waitFor(() => expect(screen.queryByText('writing…')).not.toBeInTheDocument());
    const done = screen.getByRole('region', { name: 'Assistant answer' });
    expect(within(done).getByRole('link', { name: 'Payments Team' })).toHaveAttribute('href', '/catalog/default/group/payments-team');
    expect(within(done).getByText('AI-generated')).toBeInTheDocument();
    expect(within(done).getByText('answered by ollama')).toBeInTheDocument();
    expect(within(within(done).getByRole('list', { name: 'Sources' })).getByRole('link', { name: 'Payments API' })).toHaveAttribute(
      'href',
      '/catalog/default/component/payments-api',
    );
    expect(screen.getByRole('button', { name: 'Send' })).toBeDisabled(); // until something is typed
    expect(api.startConversation).toHaveBeenCalledWith({});
    expect(api.ask).toHaveBeenCalledWith('c1', 'Who owns payments-api?', expect.any(Function));
  });

  it('shows the answer once as soon as it is done, before the stream has closed', async () => {
    const { api, finish } = fakeApi([
      { type: 'message', message: question },
      { type: 'text', delta: 'It is owned by ' },
      { type: 'done', message: answer },
    ]);
    let closed: () => void = () => {};
    const ask = api.ask as jest.Mock;
    const streamed = ask.getMockImplementation()!;
    ask.mockImplementation(async (...args: Parameters<AiAssistantApi['ask']>) => {
      await streamed(...args);
      await new Promise<void>(r => (closed = r));
    });
    await askQuestion(api);
    await screen.findByText('writing…');
    finish();
    expect(await screen.findByText('answered by ollama')).toBeInTheDocument();
    expect(screen.getAllByRole('region', { name: 'Assistant answer' })).toHaveLength(1);
    closed();
  });

  it('asks a question sent while the "Ask about this" conversation is being made in that conversation', async () => {
    const { api, finish } = fakeApi([
      { type: 'message', message: question },
      { type: 'done', message: answer },
    ]);
    let made: () => void = () => {};
    api.startConversation = jest.fn(
      () =>
        new Promise(resolve => {
          made = () =>
            resolve({
              id: 'c-entity',
              title: 'About payments-api',
              entityRef: 'component:default/payments-api',
              confidential: false,
              createdAt: '',
              updatedAt: '',
            });
        }),
    );
    await renderInTestApp(<AssistantPage />, { apis: [[aiAssistantApiRef, api]], initialRouteEntries: ['/?entityRef=component:default/payments-api'] });
    expect(await screen.findByText('About component:default/payments-api')).toBeInTheDocument();
    fireEvent.change(screen.getByRole('textbox', { name: 'Ask the assistant' }), { target: { value: 'Who owns payments-api?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    made();
    await waitFor(() => expect(api.ask).toHaveBeenCalledWith('c-entity', 'Who owns payments-api?', expect.any(Function)));
    finish();
    expect(api.startConversation).toHaveBeenCalledTimes(1);
    expect(api.startConversation).toHaveBeenCalledWith({ entityRef: 'component:default/payments-api' });
  });

  it('drops text a failing provider wrote, and shows why no answer came', async () => {
    const { api, finish } = fakeApi([
      { type: 'message', message: question },
      { type: 'provider', provider: 'cloud', local: false },
      { type: 'text', delta: 'Half an ans' },
      { type: 'reset', reason: 'cloud failed part-way' },
      { type: 'error', status: 503, message: 'No AI provider answered (cloud: 500; local: timed out)' },
    ]);
    await askQuestion(api);
    const streaming = await screen.findByRole('region', { name: 'Assistant answer' });
    expect(within(streaming).queryByText('Half an ans')).not.toBeInTheDocument();
    finish();
    expect(await screen.findByText('No AI provider answered (cloud: 500; local: timed out)')).toBeInTheDocument();
  });

  it('says when a conversation is kept to local models', async () => {
    const { api, finish } = fakeApi([
      { type: 'message', message: question },
      { type: 'confidential' },
      { type: 'done', message: { ...answer, provider: 'embedded' } },
    ]);
    await askQuestion(api);
    expect(await screen.findByText('This conversation touches confidential entities: only local models answer it.')).toBeInTheDocument();
    finish();
    expect(await screen.findByText('answered by embedded')).toBeInTheDocument();
  });
});
