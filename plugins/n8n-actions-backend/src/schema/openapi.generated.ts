// Generated from src/schema/openapi.yaml of the backend by scripts/openapi/generate.mjs: do not edit.
import { createPortalOpenApiRouter } from '@internal/backend-validation';

export const spec = {
  openapi: '3.0.3',
  info: {
    title: 'n8n-actions',
    'x-catalog-title': 'Portal Self-service actions API',
    'x-catalog-description': "Self-service actions backed by n8n workflows: runs, approvals, audit and the workflows' signed reports.",
    version: '1',
    description:
      "The portal's self-service API, at `/api/n8n-actions` of the backend: the actions the platform\nteam defines (each an n8n workflow), offered on the entities they apply to; runs requested by\npeople, approved by others where the action says so, one workflow call per run, and the\nworkflow's signed report at `/callback`. Every step is audited.\n",
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
        description: 'A Backstage user token (these routes are for people).',
      },
    },
    parameters: {
      entityRef: {
        name: 'entityRef',
        in: 'query',
        required: true,
        allowReserved: true,
        description: 'The entity, as `kind:namespace/name`.',
        schema: {
          type: 'string',
          minLength: 1,
        },
      },
      runId: {
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
      Run: {
        description: 'The run.',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/ActionRun',
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
      ApprovalPolicy: {
        type: 'object',
        description: "Who must approve a run before its workflow is called (none, the entity's owners, or a named group).",
        required: ['type'],
        properties: {
          type: {
            type: 'string',
            enum: ['none', 'owners', 'group'],
          },
          count: {
            type: 'integer',
            minimum: 1,
          },
          group: {
            type: 'string',
          },
        },
        additionalProperties: false,
      },
      ProductionRules: {
        type: 'object',
        description: "A run targets production when `parameter` has one of `values`; then these rules replace the action's own.",
        required: ['parameter', 'values'],
        properties: {
          parameter: {
            type: 'string',
          },
          values: {
            type: 'array',
            items: {
              oneOf: [
                {
                  type: 'string',
                },
                {
                  type: 'number',
                },
                {
                  type: 'boolean',
                },
              ],
            },
          },
          approval: {
            $ref: '#/components/schemas/ApprovalPolicy',
          },
          runners: {
            type: 'object',
            required: ['groups'],
            properties: {
              groups: {
                type: 'array',
                items: {
                  type: 'string',
                },
              },
            },
            additionalProperties: false,
          },
        },
        additionalProperties: false,
      },
      OfferedAction: {
        type: 'object',
        description: 'An action as offered on an entity, with whether the caller may run it.',
        required: ['id', 'title', 'parameters', 'approval', 'canRun'],
        properties: {
          id: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          parameters: {
            type: 'object',
            description: "The JSON Schema of the action's form; runs are validated against it.",
            additionalProperties: true,
          },
          approval: {
            $ref: '#/components/schemas/ApprovalPolicy',
          },
          production: {
            $ref: '#/components/schemas/ProductionRules',
          },
          timeToLive: {
            type: 'string',
            description: 'When set, what the run granted is revoked after this long (ISO 8601 duration).',
          },
          canRun: {
            type: 'boolean',
          },
          reason: {
            type: 'string',
            description: 'Why the caller may not run it.',
          },
        },
        additionalProperties: false,
      },
      Approval: {
        type: 'object',
        required: ['by', 'at', 'decision'],
        properties: {
          by: {
            type: 'string',
          },
          at: {
            type: 'string',
          },
          decision: {
            type: 'string',
            enum: ['approved', 'rejected'],
          },
          comment: {
            type: 'string',
          },
        },
        additionalProperties: false,
      },
      ActionRun: {
        type: 'object',
        description: 'A run of an action.',
        required: [
          'id',
          'actionId',
          'actionTitle',
          'entityRef',
          'requester',
          'parameters',
          'status',
          'approvers',
          'requiredApprovals',
          'approvals',
          'createdAt',
        ],
        properties: {
          id: {
            type: 'string',
          },
          actionId: {
            type: 'string',
          },
          actionTitle: {
            type: 'string',
          },
          entityRef: {
            type: 'string',
          },
          requester: {
            type: 'string',
          },
          parameters: {
            type: 'object',
            additionalProperties: true,
          },
          status: {
            type: 'string',
            enum: ['pending_approval', 'rejected', 'running', 'succeeded', 'failed', 'expired'],
          },
          reason: {
            type: 'string',
            description: 'Why it failed or was rejected, in words.',
          },
          approvers: {
            type: 'array',
            description: 'Who may approve, resolved from the catalog when the run was requested.',
            items: {
              type: 'string',
            },
          },
          requiredApprovals: {
            type: 'integer',
          },
          approvals: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Approval',
            },
          },
          createdAt: {
            type: 'string',
          },
          triggeredAt: {
            type: 'string',
          },
          finishedAt: {
            type: 'string',
          },
          expiresAt: {
            type: 'string',
          },
          expiredAt: {
            type: 'string',
          },
          executionId: {
            type: 'string',
            description: 'The n8n execution, when n8n reported it.',
          },
        },
        additionalProperties: false,
      },
      AuditEntry: {
        type: 'object',
        required: ['runId', 'at', 'actor', 'event'],
        properties: {
          runId: {
            type: 'string',
          },
          at: {
            type: 'string',
          },
          actor: {
            type: 'string',
          },
          event: {
            type: 'string',
            enum: ['requested', 'approved', 'rejected', 'triggered', 'callback', 'failed', 'expired'],
          },
          detail: {
            type: 'object',
            additionalProperties: true,
          },
        },
        additionalProperties: false,
      },
      RunRequest: {
        type: 'object',
        required: ['actionId', 'entityRef'],
        properties: {
          actionId: {
            type: 'string',
            minLength: 1,
            maxLength: 128,
          },
          entityRef: {
            type: 'string',
            minLength: 1,
            maxLength: 255,
          },
          parameters: {
            type: 'object',
            description: "Checked against the action's own schema.",
            additionalProperties: true,
          },
          requestKey: {
            type: 'string',
            minLength: 1,
            maxLength: 255,
            description: "The caller's idempotency key; the same request sent again returns the same run.",
          },
        },
        additionalProperties: false,
      },
      Decision: {
        type: 'object',
        properties: {
          comment: {
            type: 'string',
            maxLength: 2000,
          },
        },
        additionalProperties: false,
      },
      Runs: {
        type: 'object',
        required: ['runs'],
        properties: {
          runs: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ActionRun',
            },
          },
        },
        additionalProperties: false,
      },
      CallbackReport: {
        type: 'object',
        description: "The workflow's report on a run.",
        required: ['runId', 'status'],
        properties: {
          runId: {
            type: 'string',
            minLength: 1,
            maxLength: 64,
          },
          status: {
            type: 'string',
            enum: ['succeeded', 'failed'],
          },
          message: {
            type: 'string',
            maxLength: 5000,
          },
          executionId: {
            oneOf: [
              {
                type: 'string',
              },
              {
                type: 'number',
              },
            ],
          },
        },
        additionalProperties: false,
      },
    },
  },
  paths: {
    '/actions': {
      get: {
        operationId: 'getActions',
        summary: 'The actions offered on the entity, with whether the caller may run each.',
        parameters: [
          {
            $ref: '#/components/parameters/entityRef',
          },
        ],
        responses: {
          '200': {
            description: 'The actions.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['actions'],
                  properties: {
                    actions: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/OfferedAction',
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
    '/runs': {
      get: {
        operationId: 'getRuns',
        summary: 'The runs on the entity, newest first.',
        parameters: [
          {
            $ref: '#/components/parameters/entityRef',
          },
        ],
        responses: {
          '200': {
            description: 'The runs.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Runs',
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
        operationId: 'requestRun',
        summary: 'Requests a run; it waits for approval or starts at once, as the action says.',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/RunRequest',
              },
            },
          },
        },
        responses: {
          '201': {
            $ref: '#/components/responses/Run',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/runs/{id}': {
      get: {
        operationId: 'getRun',
        summary: 'One run and its audit trail.',
        parameters: [
          {
            $ref: '#/components/parameters/runId',
          },
        ],
        responses: {
          '200': {
            description: 'The run and what happened to it.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['run', 'audit'],
                  properties: {
                    run: {
                      $ref: '#/components/schemas/ActionRun',
                    },
                    audit: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/AuditEntry',
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
    '/runs/{id}/approve': {
      post: {
        operationId: 'approveRun',
        summary: "Approves a run waiting for the caller's approval (never one's own).",
        parameters: [
          {
            $ref: '#/components/parameters/runId',
          },
        ],
        requestBody: {
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/Decision',
              },
            },
          },
        },
        responses: {
          '200': {
            $ref: '#/components/responses/Run',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/runs/{id}/reject': {
      post: {
        operationId: 'rejectRun',
        summary: "Rejects a run waiting for the caller's approval.",
        parameters: [
          {
            $ref: '#/components/parameters/runId',
          },
        ],
        requestBody: {
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/Decision',
              },
            },
          },
        },
        responses: {
          '200': {
            $ref: '#/components/responses/Run',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/approvals': {
      get: {
        operationId: 'getApprovals',
        summary: "The runs waiting for the caller's decision.",
        responses: {
          '200': {
            description: 'The runs.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Runs',
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
    '/callback': {
      post: {
        operationId: 'reportRun',
        summary: "The workflow's report on a run, signed with the callback secret (HMAC-SHA256 of the body, hex, in `X-Portal-Signature`).",
        security: [],
        parameters: [
          {
            name: 'X-Portal-Signature',
            in: 'header',
            required: true,
            schema: {
              type: 'string',
            },
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/CallbackReport',
              },
            },
          },
        },
        responses: {
          '200': {
            $ref: '#/components/responses/Run',
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
