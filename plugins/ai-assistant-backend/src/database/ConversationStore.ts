import { DatabaseService, resolvePackagePath } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import { ChatMessage, Conversation, ConversationSummary, redact } from '@internal/plugin-ai-assistant-common';
import { randomUUID } from 'node:crypto';
import { Knex } from 'knex';

const migrationsDir = resolvePackagePath('@internal/plugin-ai-assistant-backend', 'migrations');

type ConversationRow = {
  id: string;
  owner: string;
  title: string;
  entity_ref: string | null;
  confidential: boolean | number;
  created_at: string;
  updated_at: string;
};

type MessageRow = {
  id: string;
  conversation_id: string;
  role: 'user' | 'assistant';
  text: string;
  provider: string | null;
  citations: string;
  tools: string;
  error: string | null;
  created_at: string;
};

export type AuditEvent = 'prompt' | 'tool-call' | 'tool-refused' | 'answer' | 'error';

export interface AuditRecord {
  at: string;
  userRef: string;
  conversationId: string;
  event: AuditEvent;
  provider?: string;
  detail: string;
}

const iso = (ms: number) => new Date(ms).toISOString();

function summaryOf(row: ConversationRow): ConversationSummary {
  return {
    id: row.id,
    title: row.title,
    entityRef: row.entity_ref ?? undefined,
    confidential: Boolean(row.confidential),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function messageOf(row: MessageRow): ChatMessage {
  return {
    id: row.id,
    role: row.role,
    text: row.text,
    provider: row.provider ?? undefined,
    citations: JSON.parse(row.citations),
    tools: JSON.parse(row.tools),
    error: row.error ?? undefined,
    createdAt: row.created_at,
  };
}

/** Conversations, their messages and the assistant's audit trail. */
export class ConversationStore {
  static async create(database: DatabaseService): Promise<ConversationStore> {
    const knex = await database.getClient();
    if (!database.migrations?.skip) {
      await knex.migrate.latest({ directory: migrationsDir, tableName: 'ai_assistant_migrations' });
    }
    return new ConversationStore(knex);
  }

  private constructor(private readonly db: Knex) {}

  async start(owner: string, entityRef?: string): Promise<ConversationSummary> {
    const now = iso(Date.now());
    const row: ConversationRow = {
      id: randomUUID(),
      owner,
      title: entityRef ? `About ${entityRef}` : 'New conversation',
      entity_ref: entityRef ?? null,
      confidential: false,
      created_at: now,
      updated_at: now,
    };
    await this.db('ai_conversations').insert(row);
    return summaryOf(row);
  }

  async list(owner: string): Promise<ConversationSummary[]> {
    const rows = await this.db<ConversationRow>('ai_conversations').where({ owner }).orderBy('updated_at', 'desc').limit(200);
    return rows.map(summaryOf);
  }

  /** A conversation of `owner`; anyone else's is reported as not found, never as forbidden. */
  async get(id: string, owner: string): Promise<Conversation> {
    const row = await this.db<ConversationRow>('ai_conversations').where({ id, owner }).first();
    if (!row) throw new NotFoundError(`No conversation ${id}`);
    const messages = await this.db<MessageRow>('ai_messages')
      .where({ conversation_id: id })
      .orderBy([{ column: 'created_at' }, { column: 'role', order: 'desc' }]);
    return { ...summaryOf(row), messages: messages.map(messageOf) };
  }

  async delete(id: string, owner: string): Promise<void> {
    const count = await this.db('ai_conversations').where({ id, owner }).delete();
    if (count === 0) throw new NotFoundError(`No conversation ${id}`);
  }

  async markConfidential(id: string): Promise<void> {
    await this.db('ai_conversations').where({ id }).update({ confidential: true });
  }

  async addMessage(conversationId: string, message: Omit<ChatMessage, 'id' | 'createdAt'>, title?: string): Promise<ChatMessage> {
    const now = iso(Date.now());
    const row: MessageRow = {
      id: randomUUID(),
      conversation_id: conversationId,
      role: message.role,
      text: message.text,
      provider: message.provider ?? null,
      citations: JSON.stringify(message.citations),
      tools: JSON.stringify(message.tools),
      error: message.error ?? null,
      created_at: now,
    };
    await this.db.transaction(async tx => {
      await tx('ai_messages').insert(row);
      await tx('ai_conversations')
        .where({ id: conversationId })
        .update({ updated_at: now, ...(title ? { title } : {}) });
    });
    return messageOf(row);
  }

  /** Appends to the audit trail; the detail is always redacted, whichever provider was used. */
  async audit(record: Omit<AuditRecord, 'at'>): Promise<void> {
    await this.db('ai_audit').insert({
      at: iso(Date.now()),
      user_ref: record.userRef,
      conversation_id: record.conversationId,
      event: record.event,
      provider: record.provider ?? null,
      detail: redact(record.detail).text,
    });
  }

  async auditTrail(conversationId: string): Promise<AuditRecord[]> {
    const rows = await this.db('ai_audit').where({ conversation_id: conversationId }).orderBy('id');
    return rows.map(r => ({
      at: r.at,
      userRef: r.user_ref,
      conversationId: r.conversation_id,
      event: r.event,
      provider: r.provider ?? undefined,
      detail: r.detail,
    }));
  }

  /** Prompts `userRef` sent since `sinceMs`: the rate limit counts these, across replicas. */
  async promptsSince(userRef: string, sinceMs: number): Promise<number> {
    const [{ count }] = await this.db('ai_audit').where({ user_ref: userRef, event: 'prompt' }).andWhere('at', '>=', iso(sinceMs)).count({ count: '*' });
    return Number(count);
  }
}
