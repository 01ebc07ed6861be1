// Generated from src/schema/openapi.yaml of the backend by scripts/openapi/generate.mjs: do not edit.
import { createPortalOpenApiRouter } from '@internal/backend-validation';

export const spec = {
  openapi: '3.0.3',
  info: {
    title: 'maturity',
    'x-catalog-title': 'Portal IDP maturity API',
    'x-catalog-description': 'Quarterly maturity assessments with scores, optimistic concurrency, action plans, evidence, overview and history.',
    version: '1',
    description:
      "The portal's IDP maturity API, at `/api/maturity` of the backend: the quarterly checklist, a\nscope's assessment (the platform, a group or a system) with its score, saved with optimistic\nconcurrency (a write names the revision it is based on; a stale one is a 409 carrying what is\nstored now), submitted and reopened; the actions planned to meet questions; the evidence the\nportal already has; and the organisation's overview and a scope's history.\n",
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
        description: 'A Backstage user or service token; writes need a user.',
      },
    },
    parameters: {
      quarter: {
        name: 'quarter',
        in: 'path',
        required: true,
        description: 'A quarter like 2026-Q4.',
        schema: {
          type: 'string',
          pattern: '^\\d{4}-Q[1-4]$',
        },
      },
      scope: {
        name: 'scope',
        in: 'query',
        required: true,
        allowReserved: true,
        description: '`platform`, or a group or system entity ref (the kind defaults to group).',
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
      View: {
        description: 'The assessment with its checklist and score.',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/AssessmentView',
            },
          },
        },
      },
      Conflict: {
        description: 'Someone saved first, or the assessment is submitted; `current` is what is stored now.',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/AssessmentConflict',
            },
          },
        },
      },
    },
    schemas: {
      NoValue: {
        description: 'No value (OpenAPI 3.0 has no null type; this is how a nullable reference is said).',
        type: 'object',
        nullable: true,
        enum: [null],
      },
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
      AnswerValue: {
        type: 'string',
        enum: ['yes', 'partly', 'no', 'na'],
      },
      AnswerRecord: {
        type: 'object',
        required: ['value'],
        properties: {
          value: {
            $ref: '#/components/schemas/AnswerValue',
          },
          evidenceUrl: {
            type: 'string',
            pattern: '^https?://',
            format: 'uri',
            description: 'A link to what shows the answer is true (a dashboard, a doc, a pipeline).',
          },
          note: {
            type: 'string',
            maxLength: 2000,
          },
        },
        additionalProperties: false,
      },
      Checklist: {
        type: 'object',
        required: ['id', 'version', 'title', 'categories'],
        properties: {
          id: {
            type: 'string',
          },
          version: {
            type: 'integer',
          },
          title: {
            type: 'string',
          },
          categories: {
            type: 'array',
            items: {
              type: 'object',
              required: ['id', 'title', 'questions'],
              properties: {
                id: {
                  type: 'string',
                },
                title: {
                  type: 'string',
                },
                questions: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['id', 'text'],
                    properties: {
                      id: {
                        type: 'string',
                      },
                      text: {
                        type: 'string',
                      },
                      evidence: {
                        type: 'array',
                        description: 'Evidence sources that may suggest an answer, by id.',
                        items: {
                          type: 'string',
                        },
                      },
                    },
                    additionalProperties: false,
                  },
                },
              },
              additionalProperties: false,
            },
          },
        },
        additionalProperties: false,
      },
      Assessment: {
        type: 'object',
        required: ['scopeRef', 'quarter', 'checklistId', 'checklistVersion', 'status', 'revision', 'answers', 'updatedBy', 'updatedAt'],
        properties: {
          scopeRef: {
            type: 'string',
          },
          quarter: {
            type: 'string',
          },
          checklistId: {
            type: 'string',
          },
          checklistVersion: {
            type: 'integer',
          },
          status: {
            type: 'string',
            enum: ['draft', 'submitted'],
          },
          revision: {
            type: 'integer',
            description: 'Bumped on every write; a write must name the revision it was based on.',
          },
          answers: {
            type: 'object',
            additionalProperties: {
              $ref: '#/components/schemas/AnswerRecord',
            },
          },
          updatedBy: {
            type: 'string',
          },
          updatedAt: {
            type: 'string',
          },
          submittedBy: {
            type: 'string',
          },
          submittedAt: {
            type: 'string',
          },
        },
        additionalProperties: false,
      },
      MaturityLevel: {
        type: 'object',
        required: ['level', 'name'],
        properties: {
          level: {
            type: 'integer',
          },
          name: {
            type: 'string',
          },
        },
        additionalProperties: false,
      },
      ScoreCard: {
        type: 'object',
        required: ['overall', 'level', 'categories', 'answered', 'total'],
        properties: {
          overall: {
            type: 'number',
            nullable: true,
          },
          level: {
            anyOf: [
              {
                $ref: '#/components/schemas/MaturityLevel',
              },
              {
                $ref: '#/components/schemas/NoValue',
              },
            ],
          },
          categories: {
            type: 'array',
            items: {
              type: 'object',
              required: ['id', 'title', 'score', 'level'],
              properties: {
                id: {
                  type: 'string',
                },
                title: {
                  type: 'string',
                },
                score: {
                  type: 'number',
                  nullable: true,
                },
                level: {
                  anyOf: [
                    {
                      $ref: '#/components/schemas/MaturityLevel',
                    },
                    {
                      $ref: '#/components/schemas/NoValue',
                    },
                  ],
                },
              },
              additionalProperties: false,
            },
          },
          answered: {
            type: 'integer',
            description: 'Answered questions ("not applicable" included).',
          },
          total: {
            type: 'integer',
          },
        },
        additionalProperties: false,
      },
      AssessmentView: {
        type: 'object',
        description: 'An assessment with the checklist it is answered against and its score; `assessment` is null before the first save.',
        required: ['scopeRef', 'quarter', 'assessment', 'checklist', 'score'],
        properties: {
          scopeRef: {
            type: 'string',
          },
          quarter: {
            type: 'string',
          },
          assessment: {
            anyOf: [
              {
                $ref: '#/components/schemas/Assessment',
              },
              {
                $ref: '#/components/schemas/NoValue',
              },
            ],
          },
          checklist: {
            $ref: '#/components/schemas/Checklist',
          },
          score: {
            $ref: '#/components/schemas/ScoreCard',
          },
          canEdit: {
            type: 'boolean',
          },
        },
        additionalProperties: false,
      },
      AssessmentConflict: {
        type: 'object',
        required: ['error', 'current'],
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
          current: {
            $ref: '#/components/schemas/AssessmentView',
          },
        },
        additionalProperties: false,
      },
      AnswerChange: {
        type: 'object',
        required: ['questionId', 'from', 'to'],
        properties: {
          questionId: {
            type: 'string',
          },
          from: {
            anyOf: [
              {
                $ref: '#/components/schemas/AnswerRecord',
              },
              {
                $ref: '#/components/schemas/NoValue',
              },
            ],
          },
          to: {
            anyOf: [
              {
                $ref: '#/components/schemas/AnswerRecord',
              },
              {
                $ref: '#/components/schemas/NoValue',
              },
            ],
          },
        },
        additionalProperties: false,
      },
      AssessmentChange: {
        type: 'object',
        required: ['revision', 'actor', 'at', 'kind', 'changes'],
        properties: {
          revision: {
            type: 'integer',
          },
          actor: {
            type: 'string',
          },
          at: {
            type: 'string',
          },
          kind: {
            type: 'string',
            enum: ['answers', 'submit', 'reopen'],
          },
          changes: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/AnswerChange',
            },
          },
        },
        additionalProperties: false,
      },
      ActionStatus: {
        type: 'string',
        enum: ['open', 'in-progress', 'done', 'dropped'],
      },
      MaturityAction: {
        type: 'object',
        description: 'An action planned to meet a question, owned by a catalog user or group.',
        required: ['id', 'scopeRef', 'questionId', 'title', 'ownerRef', 'dueDate', 'status', 'createdQuarter', 'createdBy', 'updatedBy', 'updatedAt'],
        properties: {
          id: {
            type: 'string',
          },
          scopeRef: {
            type: 'string',
          },
          questionId: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          ownerRef: {
            type: 'string',
          },
          dueDate: {
            type: 'string',
            format: 'date',
          },
          status: {
            $ref: '#/components/schemas/ActionStatus',
          },
          createdQuarter: {
            type: 'string',
          },
          closedQuarter: {
            type: 'string',
          },
          createdBy: {
            type: 'string',
          },
          updatedBy: {
            type: 'string',
          },
          updatedAt: {
            type: 'string',
          },
        },
        additionalProperties: false,
      },
      EvidenceHint: {
        type: 'object',
        description: 'A suggestion from something the portal already knows; the assessor decides whether to use it.',
        required: ['sourceId', 'summary'],
        properties: {
          sourceId: {
            type: 'string',
          },
          summary: {
            type: 'string',
          },
          suggestedAnswer: {
            $ref: '#/components/schemas/AnswerValue',
          },
          url: {
            type: 'string',
          },
        },
        additionalProperties: false,
      },
    },
  },
  paths: {
    '/checklist': {
      get: {
        operationId: 'getChecklist',
        summary: 'The checklist new assessments are answered against.',
        responses: {
          '200': {
            description: 'The checklist.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Checklist',
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
    '/assessments/{quarter}': {
      get: {
        operationId: 'getAssessment',
        summary: "The scope's assessment of the quarter, and whether the caller may edit it. Users only.",
        parameters: [
          {
            $ref: '#/components/parameters/quarter',
          },
          {
            $ref: '#/components/parameters/scope',
          },
        ],
        responses: {
          '200': {
            $ref: '#/components/responses/View',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
      put: {
        operationId: 'saveAnswers',
        summary: "Saves answers (null clears one); members of the scope's owner and admins.",
        parameters: [
          {
            $ref: '#/components/parameters/quarter',
          },
          {
            $ref: '#/components/parameters/scope',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['revision', 'answers'],
                properties: {
                  revision: {
                    type: 'integer',
                    minimum: 0,
                  },
                  answers: {
                    type: 'object',
                    description: 'Question id to its answer, or null to clear it.',
                    additionalProperties: {
                      anyOf: [
                        {
                          $ref: '#/components/schemas/AnswerRecord',
                        },
                        {
                          $ref: '#/components/schemas/NoValue',
                        },
                      ],
                    },
                  },
                },
                additionalProperties: false,
              },
            },
          },
        },
        responses: {
          '200': {
            $ref: '#/components/responses/View',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/assessments/{quarter}/submit': {
      post: {
        operationId: 'submitAssessment',
        summary: 'Submits the assessment; it is locked until an admin reopens it.',
        parameters: [
          {
            $ref: '#/components/parameters/quarter',
          },
          {
            $ref: '#/components/parameters/scope',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['revision'],
                properties: {
                  revision: {
                    type: 'integer',
                    minimum: 0,
                  },
                },
                additionalProperties: false,
              },
            },
          },
        },
        responses: {
          '200': {
            $ref: '#/components/responses/View',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/assessments/{quarter}/reopen': {
      post: {
        operationId: 'reopenAssessment',
        summary: 'Reopens a submitted assessment. Platform admins.',
        parameters: [
          {
            $ref: '#/components/parameters/quarter',
          },
          {
            $ref: '#/components/parameters/scope',
          },
        ],
        responses: {
          '200': {
            $ref: '#/components/responses/View',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/assessments/{quarter}/changes': {
      get: {
        operationId: 'getChanges',
        summary: 'Every change of the assessment, newest first.',
        parameters: [
          {
            $ref: '#/components/parameters/quarter',
          },
          {
            $ref: '#/components/parameters/scope',
          },
        ],
        responses: {
          '200': {
            description: 'The changes.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['items'],
                  properties: {
                    items: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/AssessmentChange',
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
    '/actions/{quarter}': {
      get: {
        operationId: 'listActions',
        summary: "The scope's actions open in the quarter or closed in it.",
        parameters: [
          {
            $ref: '#/components/parameters/quarter',
          },
          {
            $ref: '#/components/parameters/scope',
          },
        ],
        responses: {
          '200': {
            description: 'The actions.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['items'],
                  properties: {
                    items: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/MaturityAction',
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
        operationId: 'createAction',
        summary: "Plans an action for a question of the scope's assessment, owned by a catalog user or group.",
        parameters: [
          {
            $ref: '#/components/parameters/quarter',
          },
          {
            $ref: '#/components/parameters/scope',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['questionId', 'title', 'ownerRef', 'dueDate'],
                properties: {
                  questionId: {
                    type: 'string',
                    minLength: 1,
                  },
                  title: {
                    type: 'string',
                    minLength: 1,
                    maxLength: 500,
                    pattern: '\\S',
                  },
                  ownerRef: {
                    type: 'string',
                    minLength: 1,
                  },
                  dueDate: {
                    type: 'string',
                    format: 'date',
                  },
                },
                additionalProperties: false,
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The action.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/MaturityAction',
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
    '/actions/{quarter}/{id}': {
      patch: {
        operationId: 'updateAction',
        summary: "Changes an action's title, owner, due date or status.",
        parameters: [
          {
            $ref: '#/components/parameters/quarter',
          },
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              pattern: '^\\d+$',
            },
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  title: {
                    type: 'string',
                    minLength: 1,
                    maxLength: 500,
                    pattern: '\\S',
                  },
                  ownerRef: {
                    type: 'string',
                    minLength: 1,
                  },
                  dueDate: {
                    type: 'string',
                    format: 'date',
                  },
                  status: {
                    $ref: '#/components/schemas/ActionStatus',
                  },
                },
                additionalProperties: false,
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The action.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/MaturityAction',
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
    '/evidence': {
      get: {
        operationId: 'getEvidence',
        summary: 'What the portal already knows that bears on each question, for the scope.',
        parameters: [
          {
            $ref: '#/components/parameters/scope',
          },
        ],
        responses: {
          '200': {
            description: 'The hints, by question id.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['scopeRef', 'byQuestion'],
                  properties: {
                    scopeRef: {
                      type: 'string',
                    },
                    byQuestion: {
                      type: 'object',
                      additionalProperties: {
                        type: 'array',
                        items: {
                          $ref: '#/components/schemas/EvidenceHint',
                        },
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
    '/overview/{quarter}': {
      get: {
        operationId: 'getOverview',
        summary: 'Every assessment of the quarter with its status and score, for the heatmap.',
        parameters: [
          {
            $ref: '#/components/parameters/quarter',
          },
        ],
        responses: {
          '200': {
            description: 'The assessments.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['quarter', 'items'],
                  properties: {
                    quarter: {
                      type: 'string',
                    },
                    items: {
                      type: 'array',
                      items: {
                        type: 'object',
                        required: ['scopeRef', 'status', 'revision', 'score'],
                        properties: {
                          scopeRef: {
                            type: 'string',
                          },
                          status: {
                            type: 'string',
                            enum: ['draft', 'submitted'],
                          },
                          revision: {
                            type: 'integer',
                          },
                          score: {
                            $ref: '#/components/schemas/ScoreCard',
                          },
                        },
                        additionalProperties: false,
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
    '/history': {
      get: {
        operationId: 'getHistory',
        summary: "The scope's score quarter by quarter.",
        parameters: [
          {
            $ref: '#/components/parameters/scope',
          },
        ],
        responses: {
          '200': {
            description: 'The history.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['scopeRef', 'items'],
                  properties: {
                    scopeRef: {
                      type: 'string',
                    },
                    items: {
                      type: 'array',
                      items: {
                        type: 'object',
                        required: ['quarter', 'status', 'score'],
                        properties: {
                          quarter: {
                            type: 'string',
                          },
                          status: {
                            type: 'string',
                            enum: ['draft', 'submitted'],
                          },
                          score: {
                            $ref: '#/components/schemas/ScoreCard',
                          },
                        },
                        additionalProperties: false,
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
  },
} as const;

/** The plugin's router: requests validated against the spec, handlers typed by it. */
export const createOpenApiRouter = (options?: Parameters<typeof createPortalOpenApiRouter>[1]) => createPortalOpenApiRouter(spec, options);
