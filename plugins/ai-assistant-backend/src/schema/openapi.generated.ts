// Generated from src/schema/openapi.yaml of the backend by scripts/openapi/generate.mjs: do not edit.
import { createPortalOpenApiRouter } from '@internal/backend-validation';

export const spec = {
  openapi: '3.0.3',
  info: {
    title: 'ai-assistant',
    'x-catalog-title': 'Portal AI assistant API',
    'x-catalog-description': 'Conversations with the assistant, answers streamed as newline-delimited JSON.',
    version: '1',
    description:
      "The portal's AI assistant API, at `/api/ai-assistant` of the backend: a person's conversations\nand the answers to their messages, streamed as newline-delimited JSON while the model writes.\nThe assistant's tools run as the asking person, so an answer holds only what they may read;\na conversation that touched a confidential entity is answered by local models only.\n",
    license: {
      name: 'UNLICENSED',
    },
  },
  servers: [
    {
      url: '/',
    },
  ],
  security: [
    {
      backstage: [],
    },
  ],
  components: {
    securitySchemes: {
      backstage: {
        type: 'http',
        scheme: 'bearer',
        description: "A Backstage user token (conversations are a person's own).",
      },
    },
    parameters: {
      conversationId: {
        name: 'id',
        in: 'path',
        required: true,
        schema: {
          type: 'string',
          minLength: 1,
        },
      },
    },
    responses: {
      Error: {
        description: "Backstage's error body.",
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
    },
    schemas: {
      Error: {
        type: 'object',
        required: ['error'],
        properties: {
          error: {
            type: 'object',
            required: ['name', 'message'],
            properties: {
              name: {
                type: 'string',
              },
              message: {
                type: 'string',
              },
            },
            additionalProperties: true,
          },
        },
        additionalProperties: true,
      },
      Citation: {
        type: 'object',
        description: 'A page or entity an answer was grounded on, shown as a link under the answer.',
        required: ['kind', 'title', 'url'],
        properties: {
          kind: {
            type: 'string',
            enum: ['entity', 'document'],
          },
          title: {
            type: 'string',
          },
          url: {
            type: 'string',
            description: 'A path inside the portal or an absolute URL.',
          },
          entityRef: {
            type: 'string',
          },
        },
        additionalProperties: false,
      },
      ConversationSummary: {
        type: 'object',
        required: ['id', 'title', 'confidential', 'createdAt', 'updatedAt'],
        properties: {
          id: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          entityRef: {
            type: 'string',
            description: 'The entity the conversation was started from ("Ask about this").',
          },
          confidential: {
            type: 'boolean',
            description: 'Set once the conversation touched a confidential entity; only local models answer it then.',
          },
          createdAt: {
            type: 'string',
          },
          updatedAt: {
            type: 'string',
          },
        },
        additionalProperties: false,
      },
      ChatMessage: {
        type: 'object',
        required: ['id', 'role', 'text', 'citations', 'tools', 'createdAt'],
        properties: {
          id: {
            type: 'string',
          },
          role: {
            type: 'string',
            enum: ['user', 'assistant'],
          },
          text: {
            type: 'string',
          },
          provider: {
            type: 'string',
            description: 'The provider that wrote an assistant message; its text is AI-generated.',
          },
          citations: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Citation',
            },
          },
          tools: {
            type: 'array',
            description: 'The tools (action ids) the assistant called for this answer.',
            items: {
              type: 'string',
            },
          },
          error: {
            type: 'string',
          },
          createdAt: {
            type: 'string',
          },
        },
        additionalProperties: false,
      },
      Conversation: {
        type: 'object',
        required: ['id', 'title', 'confidential', 'createdAt', 'updatedAt', 'messages'],
        properties: {
          id: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          entityRef: {
            type: 'string',
          },
          confidential: {
            type: 'boolean',
          },
          createdAt: {
            type: 'string',
          },
          updatedAt: {
            type: 'string',
          },
          messages: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ChatMessage',
            },
          },
        },
        additionalProperties: false,
      },
      ProviderStatus: {
        type: 'object',
        required: ['id', 'type', 'local', 'breaker'],
        properties: {
          id: {
            type: 'string',
          },
          type: {
            type: 'string',
          },
          local: {
            type: 'boolean',
          },
          breaker: {
            type: 'string',
            enum: ['closed', 'open', 'half-open'],
            description: 'closed: in use; open: skipped after failures until it is tried again.',
          },
        },
        additionalProperties: false,
      },
      ChatStreamEvent: {
        type: 'object',
        description:
          "One line of a streamed answer. `message`: the question as stored; `provider`: who answers;\n`tool`: a tool call's progress; `text`: a piece of the answer; `reset`: the provider failed\npart-way, drop the text so far; `confidential`: only local models answer from now on;\n`done`: the answer as stored; `error`: the answer failed, with the status it would have had.\n",
        required: ['type'],
        properties: {
          type: {
            type: 'string',
            enum: ['message', 'provider', 'tool', 'text', 'reset', 'confidential', 'done', 'error'],
          },
          message: {
            description: "A ChatMessage for `message` and `done`, the error's words for `error`.",
            oneOf: [
              {
                $ref: '#/components/schemas/ChatMessage',
              },
              {
                type: 'string',
              },
            ],
          },
          provider: {
            type: 'string',
          },
          local: {
            type: 'boolean',
          },
          tool: {
            type: 'string',
          },
          status: {
            description: "A tool call's status (`tool`), or an HTTP status (`error`).",
            oneOf: [
              {
                type: 'string',
                enum: ['started', 'done', 'refused', 'failed'],
              },
              {
                type: 'integer',
              },
            ],
          },
          delta: {
            type: 'string',
          },
          reason: {
            type: 'string',
          },
        },
        additionalProperties: false,
      },
      AuditItem: {
        type: 'object',
        description: 'One recorded step of a conversation (the question, a tool call or refusal, the answer, an error).',
        required: ['at', 'userRef', 'conversationId', 'event', 'detail'],
        properties: {
          at: {
            type: 'string',
          },
          userRef: {
            type: 'string',
          },
          conversationId: {
            type: 'string',
          },
          event: {
            type: 'string',
            enum: ['prompt', 'tool-call', 'tool-refused', 'answer', 'error'],
          },
          provider: {
            type: 'string',
          },
          detail: {
            type: 'string',
          },
        },
        additionalProperties: false,
      },
    },
  },
  paths: {
    '/providers': {
      get: {
        operationId: 'getProviders',
        summary: 'The model providers in the order they are tried, and their circuit breakers.',
        responses: {
          '200': {
            description: 'The providers.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['providers'],
                  properties: {
                    providers: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/ProviderStatus',
                      },
                    },
                  },
                  additionalProperties: false,
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/conversations': {
      get: {
        operationId: 'listConversations',
        summary: "The caller's conversations, newest first.",
        responses: {
          '200': {
            description: 'The conversations.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['conversations'],
                  properties: {
                    conversations: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/ConversationSummary',
                      },
                    },
                  },
                  additionalProperties: false,
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      post: {
        operationId: 'startConversation',
        summary: 'Starts a conversation, about an entity the caller may see if one is given.',
        requestBody: {
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  entityRef: {
                    type: 'string',
                    minLength: 1,
                    maxLength: 255,
                  },
                },
                additionalProperties: false,
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The conversation.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ConversationSummary',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/conversations/{id}': {
      get: {
        operationId: 'getConversation',
        summary: "One of the caller's conversations with its messages.",
        parameters: [
          {
            $ref: '#/components/parameters/conversationId',
          },
        ],
        responses: {
          '200': {
            description: 'The conversation.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Conversation',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      delete: {
        operationId: 'deleteConversation',
        summary: "Deletes one of the caller's conversations.",
        parameters: [
          {
            $ref: '#/components/parameters/conversationId',
          },
        ],
        responses: {
          '204': {
            description: 'Deleted.',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/conversations/{id}/audit': {
      get: {
        operationId: 'getConversationAudit',
        summary: "What was recorded of one of the caller's conversations.",
        parameters: [
          {
            $ref: '#/components/parameters/conversationId',
          },
        ],
        responses: {
          '200': {
            description: 'The audit trail.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['items'],
                  properties: {
                    items: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/AuditItem',
                      },
                    },
                  },
                  additionalProperties: false,
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/conversations/{id}/messages': {
      post: {
        operationId: 'ask',
        summary: 'Asks a question in the conversation; the answer streams, one ChatStreamEvent per line.',
        parameters: [
          {
            $ref: '#/components/parameters/conversationId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['text'],
                properties: {
                  text: {
                    type: 'string',
                    maxLength: 20000,
                  },
                },
                additionalProperties: false,
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The answer as it is written.',
            content: {
              'application/x-ndjson': {
                schema: {
                  $ref: '#/components/schemas/ChatStreamEvent',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
  },
} as const;

/** The plugin's router: requests validated against the spec, handlers typed by it. */
export const createOpenApiRouter = (options?: Parameters<typeof createPortalOpenApiRouter>[1]) => createPortalOpenApiRouter(spec, options);
