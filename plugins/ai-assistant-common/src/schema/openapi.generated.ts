// Generated from src/schema/openapi.yaml of the backend by scripts/openapi/generate.mjs: do not edit.
/* eslint-disable */
export interface paths {
  '/providers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The model providers in the order they are tried, and their circuit breakers. */
    get: operations['getProviders'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/conversations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller's conversations, newest first. */
    get: operations['listConversations'];
    put?: never;
    /** Starts a conversation, about an entity the caller may see if one is given. */
    post: operations['startConversation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/conversations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One of the caller's conversations with its messages. */
    get: operations['getConversation'];
    put?: never;
    post?: never;
    /** Deletes one of the caller's conversations. */
    delete: operations['deleteConversation'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/conversations/{id}/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What was recorded of one of the caller's conversations. */
    get: operations['getConversationAudit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/conversations/{id}/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Asks a question in the conversation; the answer streams, one ChatStreamEvent per line. */
    post: operations['ask'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Error: {
      error: {
        name: string;
        message: string;
      } & {
        [key: string]: unknown;
      };
    } & {
      [key: string]: unknown;
    };
    /** @description A page or entity an answer was grounded on, shown as a link under the answer. */
    Citation: {
      /** @enum {string} */
      kind: 'entity' | 'document';
      title: string;
      /** @description A path inside the portal or an absolute URL. */
      url: string;
      entityRef?: string;
    };
    ConversationSummary: {
      id: string;
      title: string;
      /** @description The entity the conversation was started from ("Ask about this"). */
      entityRef?: string;
      /** @description Set once the conversation touched a confidential entity; only local models answer it then. */
      confidential: boolean;
      createdAt: string;
      updatedAt: string;
    };
    ChatMessage: {
      id: string;
      /** @enum {string} */
      role: 'user' | 'assistant';
      text: string;
      /** @description The provider that wrote an assistant message; its text is AI-generated. */
      provider?: string;
      citations: components['schemas']['Citation'][];
      /** @description The tools (action ids) the assistant called for this answer. */
      tools: string[];
      error?: string;
      createdAt: string;
    };
    Conversation: {
      id: string;
      title: string;
      entityRef?: string;
      confidential: boolean;
      createdAt: string;
      updatedAt: string;
      messages: components['schemas']['ChatMessage'][];
    };
    ProviderStatus: {
      id: string;
      type: string;
      local: boolean;
      /**
       * @description closed: in use; open: skipped after failures until it is tried again.
       * @enum {string}
       */
      breaker: 'closed' | 'open' | 'half-open';
    };
    /**
     * @description One line of a streamed answer. `message`: the question as stored; `provider`: who answers;
     *     `tool`: a tool call's progress; `text`: a piece of the answer; `reset`: the provider failed
     *     part-way, drop the text so far; `confidential`: only local models answer from now on;
     *     `done`: the answer as stored; `error`: the answer failed, with the status it would have had.
     */
    ChatStreamEvent: {
      /** @enum {string} */
      type: 'message' | 'provider' | 'tool' | 'text' | 'reset' | 'confidential' | 'done' | 'error';
      /** @description A ChatMessage for `message` and `done`, the error's words for `error`. */
      message?: components['schemas']['ChatMessage'] | string;
      provider?: string;
      local?: boolean;
      tool?: string;
      /** @description A tool call's status (`tool`), or an HTTP status (`error`). */
      status?: ('started' | 'done' | 'refused' | 'failed') | number;
      delta?: string;
      reason?: string;
    };
    /** @description One recorded step of a conversation (the question, a tool call or refusal, the answer, an error). */
    AuditItem: {
      at: string;
      userRef: string;
      conversationId: string;
      /** @enum {string} */
      event: 'prompt' | 'tool-call' | 'tool-refused' | 'answer' | 'error';
      provider?: string;
      detail: string;
    };
  };
  responses: {
    /** @description Backstage's error body. */
    Error: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
  };
  parameters: {
    conversationId: string;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getProviders: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The providers. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            providers: components['schemas']['ProviderStatus'][];
          };
        };
      };
      default: components['responses']['Error'];
    };
  };
  listConversations: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The conversations. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            conversations: components['schemas']['ConversationSummary'][];
          };
        };
      };
      default: components['responses']['Error'];
    };
  };
  startConversation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          entityRef?: string;
        };
      };
    };
    responses: {
      /** @description The conversation. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConversationSummary'];
        };
      };
      default: components['responses']['Error'];
    };
  };
  getConversation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['conversationId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The conversation. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Conversation'];
        };
      };
      default: components['responses']['Error'];
    };
  };
  deleteConversation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['conversationId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      default: components['responses']['Error'];
    };
  };
  getConversationAudit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['conversationId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The audit trail. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['AuditItem'][];
          };
        };
      };
      default: components['responses']['Error'];
    };
  };
  ask: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['conversationId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          text: string;
        };
      };
    };
    responses: {
      /** @description The answer as it is written. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/x-ndjson': components['schemas']['ChatStreamEvent'];
        };
      };
      default: components['responses']['Error'];
    };
  };
}
