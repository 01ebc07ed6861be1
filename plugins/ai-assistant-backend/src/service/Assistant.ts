import { BackstageCredentials, LoggerService } from '@backstage/backend-plugin-api';
import type { ActionsService } from '@backstage/backend-plugin-api/alpha';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { CustomErrorBase, InputError, isError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { JsonObject } from '@backstage/types';
import { ChatMessage, ChatStreamEvent, Citation, Conversation, MAX_MESSAGE_LENGTH, redact } from '@internal/plugin-ai-assistant-common';
import { ProviderChain } from '../chain/ProviderChain';
import { ConversationStore } from '../database/ConversationStore';
import { ModelMessage } from '../providers/types';
import { ToolBox, ToolResult } from '../tools/ToolBox';
import { entityCitation } from '../tools/grounding';
import { systemPrompt } from './prompt';

/** 429: the user asked more often than the rate limit allows. */
export class TooManyRequestsError extends CustomErrorBase {
  name = 'TooManyRequestsError' as const;
  statusCode = 429;
}

export interface AssistantOptions {
  store: ConversationStore;
  chain: ProviderChain;
  actions: ActionsService;
  catalog: CatalogService;
  logger: LoggerService;
  portalTitle: string;
  tools: string[];
  confidentialAnnotation: string;
  toolTimeoutMs: number;
  maxToolOutputChars: number;
  maxToolRounds: number;
  historyMessages: number;
  rateLimit: { perMinute: number; perDay: number };
}

export interface Question {
  conversationId: string;
  text: string;
  userRef: string;
  credentials: BackstageCredentials;
  signal: AbortSignal;
}

const CATALOG_GET = 'catalog:get-catalog-entity';
const SEARCH = 'search:query';

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Answers questions: grounds them with read-only tools, asks the provider chain, records it all. */
export class Assistant {
  constructor(private readonly options: AssistantOptions) {}

  /** Checks that may still answer with a plain HTTP error, before the answer starts streaming. */
  async admit(question: Omit<Question, 'signal'>) {
    const { store, rateLimit } = this.options;
    const text = question.text.trim();
    if (!text) throw new InputError('Invalid message: text: must not be empty');
    if (text.length > MAX_MESSAGE_LENGTH) throw new InputError(`Invalid message: text: at most ${MAX_MESSAGE_LENGTH} characters`);
    const conversation = await store.get(question.conversationId, question.userRef);
    const now = Date.now();
    if ((await store.promptsSince(question.userRef, now - 60_000)) >= rateLimit.perMinute) {
      throw new TooManyRequestsError(`Rate limit: at most ${rateLimit.perMinute} questions a minute; try again shortly`);
    }
    if ((await store.promptsSince(question.userRef, now - 86_400_000)) >= rateLimit.perDay) {
      throw new TooManyRequestsError(`Rate limit: at most ${rateLimit.perDay} questions a day`);
    }
    return conversation;
  }

  /** Names of the confidential entities the user can see that the question mentions. */
  private async mentionedConfidential(text: string, credentials: BackstageCredentials): Promise<string[]> {
    const { items } = await this.options.catalog.queryEntities(
      {
        filter: { [`metadata.annotations.${this.options.confidentialAnnotation}`]: 'true' },
        fields: ['kind', 'metadata.name', 'metadata.namespace', 'metadata.title'],
        limit: 1000,
      },
      { credentials },
    );
    return items
      .filter(e => [e.metadata.name, e.metadata.title].some(n => n && new RegExp(`(^|[^a-z0-9-])${escapeRegExp(n)}($|[^a-z0-9-])`, 'i').test(text)))
      .map(e => stringifyEntityRef(e));
  }

  /** Which of `entityRefs` are confidential, read as the user (who can see them all: a tool gave them). */
  private async confidentialAmong(entityRefs: string[], credentials: BackstageCredentials): Promise<string[]> {
    if (entityRefs.length === 0) return [];
    const { items } = await this.options.catalog.getEntitiesByRefs(
      { entityRefs, fields: ['kind', 'metadata.name', 'metadata.namespace', 'metadata.annotations'] },
      { credentials },
    );
    return items.flatMap(e => (e?.metadata.annotations?.[this.options.confidentialAnnotation] === 'true' ? [stringifyEntityRef(e)] : []));
  }

  /**
   * What the portal looks up itself before asking (the entity in context, a search for the
   * question), so even a model without tools answers from data. Returns the data blocks.
   */
  private async ground(
    tools: ToolBox,
    entityRef: string | undefined,
    text: string,
    record: (result: ToolResult, input: unknown) => Promise<void>,
  ): Promise<string[]> {
    const lookups: [string, JsonObject][] = [];
    if (entityRef) {
      const { kind, namespace, name } = parseEntityRef(entityRef);
      lookups.push([CATALOG_GET, { kind, namespace, name }]);
    }
    lookups.push([SEARCH, { term: text.slice(0, 200), pageLimit: 5 }]);
    const blocks: string[] = [];
    for (const [actionId, input] of lookups.filter(([id]) => tools.has(id))) {
      const result = await tools.invoke(actionId, input);
      await record(result, input);
      if (result.status === 'done') blocks.push(result.content);
    }
    return blocks;
  }

  /** Streams the answer to an admitted question through `emit`; never throws. */
  async answer(question: Question, conversation: Conversation, emit: (event: ChatStreamEvent) => void): Promise<void> {
    const options = this.options;
    const { store, chain } = options;
    const { conversationId, userRef, credentials } = question;
    const text = question.text.trim();
    const firstQuestion = conversation.messages.length === 0;
    const userMessage = await store.addMessage(
      conversationId,
      { role: 'user', text, citations: [], tools: [] },
      firstQuestion ? text.slice(0, 120) : undefined,
    );
    emit({ type: 'message', message: userMessage });
    await store.audit({ userRef, conversationId, event: 'prompt', detail: text });

    let confidential = conversation.confidential;
    const markConfidential = async (refs: string[]) => {
      if (confidential || refs.length === 0) return;
      confidential = true;
      await store.markConfidential(conversationId);
      emit({ type: 'confidential' });
    };
    // Looks entities up only while the answer may still go to a provider that is not local.
    const checkConfidential = async (find: () => Promise<string[]>) => {
      if (!confidential) await markConfidential(await find());
    };
    const citations = new Map<string, Citation>();
    const toolsUsed: string[] = [];
    // Held in an object: the stream callbacks below update it from inside the rounds loop.
    const answer = { text: '' };
    let provider: string | undefined;

    try {
      const tools = await ToolBox.forUser(
        {
          actions: options.actions,
          allowed: options.tools,
          confidentialAnnotation: options.confidentialAnnotation,
          timeoutMs: options.toolTimeoutMs,
          maxOutputChars: options.maxToolOutputChars,
        },
        credentials,
      );
      const record = async (result: ToolResult, input: unknown) => {
        emit({ type: 'tool', tool: result.actionId ?? 'unknown', status: result.status });
        await store.audit({
          userRef,
          conversationId,
          event: result.status === 'refused' ? 'tool-refused' : 'tool-call',
          detail: JSON.stringify({ tool: result.actionId, input, status: result.status }),
        });
        if (result.status !== 'done') return;
        if (result.actionId) toolsUsed.push(result.actionId);
        result.citations.forEach(c => citations.set(c.url, c));
        await markConfidential(result.confidential);
        await checkConfidential(() => this.confidentialAmong(result.entityRefs, credentials));
      };

      await checkConfidential(() => this.mentionedConfidential(text, credentials));

      const grounding = await this.ground(tools, conversation.entityRef, text, record);
      const history = conversation.messages
        .filter(m => !m.error)
        .slice(-options.historyMessages)
        .map<ModelMessage>(m => ({ role: m.role, content: m.text }));
      const context = conversation.entityRef ? `The user is looking at ${conversation.entityRef} in the portal.\n\n` : '';
      const messages: ModelMessage[] = [
        { role: 'system', content: systemPrompt(options.portalTitle) },
        ...history,
        { role: 'user', content: `${context}${grounding.length ? `${grounding.join('\n\n')}\n\n` : ''}Question: ${text}` },
      ];

      for (let round = 0; ; round++) {
        const offerTools = round < options.maxToolRounds;
        const { provider: used, reply } = await chain.complete({
          messages,
          tools: offerTools ? tools.specs() : [],
          localOnly: confidential,
          signal: question.signal,
          onProvider: p => emit({ type: 'provider', provider: p.id, local: p.local }),
          onReset: reason => {
            answer.text = '';
            emit({ type: 'reset', reason });
          },
          onText: delta => {
            answer.text += delta;
            emit({ type: 'text', delta });
          },
        });
        provider = used.id;
        if (!offerTools || reply.toolCalls.length === 0) break;
        messages.push({ role: 'assistant', content: reply.text, toolCalls: reply.toolCalls });
        for (const call of reply.toolCalls) {
          const result = await tools.call(call);
          await record(result, call.arguments);
          messages.push({ role: 'tool', toolCallId: call.id, name: call.name, content: result.content });
        }
      }
      if (conversation.entityRef) {
        const citation = entityCitation(conversation.entityRef);
        if (citation && !citations.has(citation.url)) citations.set(citation.url, citation);
      }
      const message = await store.addMessage(conversationId, {
        role: 'assistant',
        text: answer.text,
        provider,
        citations: [...citations.values()],
        tools: toolsUsed,
      });
      await store.audit({ userRef, conversationId, event: 'answer', provider, detail: answer.text });
      emit({ type: 'done', message });
    } catch (error) {
      const reason = redact(isError(error) ? error.message : String(error)).text;
      const status = isError(error) && error.name === 'ServiceUnavailableError' ? 503 : 500;
      if (status === 500) options.logger.error(`Assistant failed in conversation ${conversationId}: ${reason}`);
      const failed: Omit<ChatMessage, 'id' | 'createdAt'> = { role: 'assistant', text: '', provider, citations: [], tools: toolsUsed, error: reason };
      await store.addMessage(conversationId, failed).catch(() => undefined);
      await store.audit({ userRef, conversationId, event: 'error', provider, detail: reason }).catch(() => undefined);
      emit({ type: 'error', message: reason, status });
    }
  }
}
