// Generated from src/schema/openapi.yaml of the backend by scripts/openapi/generate.mjs: do not edit.
import { createPortalOpenApiRouter } from '@internal/backend-validation';

export const spec = {
  openapi: '3.0.3',
  info: {
    title: 'claims',
    'x-catalog-title': 'Portal Claims API',
    'x-catalog-description': "How strong each claim of an outside resource is, contested resources, and admins' approvals.",
    version: '1',
    description:
      'The portal\'s claims API, at `/api/claims` of the backend. An annotation that names an outside\nresource (an Argo CD application, a Datadog service, a cost dimension, a repository, a\nPagerDuty service) is a claim; this API says how strong each claim is, which resources are\ncontested, and lets platform admins approve claims. The routes marked "service tokens only"\nare for the portal\'s other backend plugins.\n',
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
        description: 'A Backstage user or service token.',
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
      ClaimKind: {
        type: 'string',
        enum: ['argocd-app', 'datadog-service', 'cost-tag', 'cost-namespace', 'cost-label', 'cost-controller', 'github-repo', 'pagerduty-service'],
      },
      ApprovalKind: {
        type: 'string',
        description: "A claim's kind, or `entity` for an entity registered from outside the organisation, approved so that it may be acted on.",
        enum: ['argocd-app', 'datadog-service', 'cost-tag', 'cost-namespace', 'cost-label', 'cost-controller', 'github-repo', 'pagerduty-service', 'entity'],
      },
      ClaimStatus: {
        type: 'string',
        enum: ['verified', 'unverified', 'outranked', 'contested'],
      },
      ClaimantVerdict: {
        type: 'object',
        required: ['entityRef', 'status', 'strength', 'reason'],
        properties: {
          entityRef: {
            type: 'string',
          },
          status: {
            $ref: '#/components/schemas/ClaimStatus',
          },
          strength: {
            type: 'integer',
          },
          reason: {
            type: 'string',
            description: 'Why the claim is as strong as it is.',
          },
        },
        additionalProperties: false,
      },
      EntityClaim: {
        type: 'object',
        description: 'One claim of an entity, as its owners and the tabs show it.',
        required: ['kind', 'value', 'status', 'reason', 'mayAct', 'others'],
        properties: {
          kind: {
            $ref: '#/components/schemas/ClaimKind',
          },
          value: {
            type: 'string',
          },
          status: {
            $ref: '#/components/schemas/ClaimStatus',
          },
          reason: {
            type: 'string',
          },
          mayAct: {
            type: 'boolean',
            description: 'Whether the entity may act on the resource through the portal (sync, rollback).',
          },
          others: {
            type: 'array',
            description: 'The other entities that claim the resource and the caller may see.',
            items: {
              $ref: '#/components/schemas/ClaimantVerdict',
            },
          },
          howToVerify: {
            type: 'string',
            description: 'What would verify the claim; absent when it is verified.',
          },
        },
        additionalProperties: false,
      },
      EntityClaims: {
        type: 'object',
        required: ['claims'],
        properties: {
          claims: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/EntityClaim',
            },
          },
        },
        additionalProperties: false,
      },
      ClaimConflict: {
        type: 'object',
        description: 'A resource claimed by more than one entity or by nobody verified; or an entity from outside the organisation.',
        required: ['kind', 'value', 'claimants'],
        properties: {
          kind: {
            $ref: '#/components/schemas/ApprovalKind',
          },
          value: {
            type: 'string',
          },
          owner: {
            type: 'string',
          },
          claimants: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ClaimantVerdict',
            },
          },
        },
        additionalProperties: false,
      },
      ClaimApproval: {
        type: 'object',
        required: ['kind', 'value', 'entityRef', 'approvedBy', 'approvedAt'],
        properties: {
          kind: {
            $ref: '#/components/schemas/ApprovalKind',
          },
          value: {
            type: 'string',
          },
          entityRef: {
            type: 'string',
          },
          approvedBy: {
            type: 'string',
          },
          approvedAt: {
            type: 'string',
          },
        },
        additionalProperties: false,
      },
      ApprovalInput: {
        type: 'object',
        required: ['kind', 'value', 'entityRef'],
        properties: {
          kind: {
            $ref: '#/components/schemas/ApprovalKind',
          },
          value: {
            type: 'string',
            minLength: 1,
            maxLength: 255,
          },
          entityRef: {
            type: 'string',
            minLength: 1,
            maxLength: 255,
          },
        },
        additionalProperties: false,
      },
      ResourceFact: {
        type: 'object',
        description: 'What an outside system says about one of its resources, for claims to be checked against.',
        required: ['value'],
        properties: {
          value: {
            type: 'string',
            minLength: 1,
            maxLength: 255,
          },
          entityRefs: {
            type: 'array',
            maxItems: 50,
            description: "The entities the resource names (e.g. an Argo CD application's `portal/entity-ref` annotation).",
            items: {
              type: 'string',
              maxLength: 255,
            },
          },
          repositories: {
            type: 'array',
            maxItems: 50,
            description: 'The repositories the resource deploys from.',
            items: {
              type: 'string',
              maxLength: 255,
            },
          },
          labels: {
            type: 'object',
            description: 'Its labels, for selectors.',
            additionalProperties: {
              type: 'string',
              maxLength: 255,
            },
          },
        },
        additionalProperties: false,
      },
      OwnersResponse: {
        type: 'object',
        required: ['kind', 'owners'],
        properties: {
          kind: {
            $ref: '#/components/schemas/ClaimKind',
          },
          owners: {
            type: 'object',
            description: 'Resource value to its verified owner.',
            additionalProperties: {
              type: 'object',
              required: ['entityRef', 'mayAct'],
              properties: {
                entityRef: {
                  type: 'string',
                },
                mayAct: {
                  type: 'boolean',
                },
              },
              additionalProperties: false,
            },
          },
        },
        additionalProperties: false,
      },
      EntityVerified: {
        type: 'object',
        required: ['verified', 'reason'],
        properties: {
          verified: {
            type: 'boolean',
          },
          reason: {
            type: 'string',
          },
        },
        additionalProperties: false,
      },
    },
  },
  paths: {
    '/entity': {
      get: {
        operationId: 'getEntityClaims',
        summary: "The entity's claims as the caller may see them. Users only.",
        parameters: [
          {
            $ref: '#/components/parameters/entityRef',
          },
        ],
        responses: {
          '200': {
            description: 'The claims.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/EntityClaims',
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
    '/conflicts': {
      get: {
        operationId: 'getConflicts',
        summary: 'Resources claimed by several entities, or only unverified, that the caller may see; and whether they may approve. Users only.',
        responses: {
          '200': {
            description: 'The conflicts.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['conflicts', 'mayApprove'],
                  properties: {
                    conflicts: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/ClaimConflict',
                      },
                    },
                    mayApprove: {
                      type: 'boolean',
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
    '/approvals': {
      get: {
        operationId: 'getApprovals',
        summary: 'Every approval. Platform admins.',
        responses: {
          '200': {
            description: 'The approvals.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['approvals'],
                  properties: {
                    approvals: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/ClaimApproval',
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
        operationId: 'approve',
        summary: "Approves an entity's claim on a resource, or an entity itself. Platform admins; audited.",
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/ApprovalInput',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The approval.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ClaimApproval',
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
        operationId: 'withdrawApproval',
        summary: 'Withdraws an approval. Platform admins; audited.',
        parameters: [
          {
            name: 'kind',
            in: 'query',
            required: true,
            schema: {
              $ref: '#/components/schemas/ApprovalKind',
            },
          },
          {
            name: 'value',
            in: 'query',
            required: true,
            allowReserved: true,
            schema: {
              type: 'string',
              minLength: 1,
            },
          },
        ],
        responses: {
          '204': {
            description: 'Withdrawn.',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/resolve': {
      post: {
        operationId: 'resolveClaims',
        summary: "An entity's claims of a kind, after recording what the outside system says about them. Service tokens only.",
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['kind', 'entityRef'],
                properties: {
                  kind: {
                    $ref: '#/components/schemas/ClaimKind',
                  },
                  entityRef: {
                    type: 'string',
                    minLength: 1,
                  },
                  facts: {
                    type: 'array',
                    maxItems: 1000,
                    items: {
                      $ref: '#/components/schemas/ResourceFact',
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
            description: 'The claims.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/EntityClaims',
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
    '/owners': {
      get: {
        operationId: 'getOwners',
        summary: 'The verified owner of every resource of a kind. Service tokens only.',
        parameters: [
          {
            name: 'kind',
            in: 'query',
            required: true,
            schema: {
              $ref: '#/components/schemas/ClaimKind',
            },
          },
        ],
        responses: {
          '200': {
            description: 'The owners.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/OwnersResponse',
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
    '/facts/{kind}': {
      put: {
        operationId: 'putFacts',
        summary: 'Replaces what an outside system says about all its resources of a kind. Service tokens only.',
        parameters: [
          {
            name: 'kind',
            in: 'path',
            required: true,
            schema: {
              $ref: '#/components/schemas/ClaimKind',
            },
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['facts'],
                properties: {
                  facts: {
                    type: 'array',
                    maxItems: 100000,
                    items: {
                      $ref: '#/components/schemas/ResourceFact',
                    },
                  },
                },
                additionalProperties: false,
              },
            },
          },
        },
        responses: {
          '204': {
            description: 'Stored.',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/entity-verified': {
      get: {
        operationId: 'getEntityVerified',
        summary: 'Whether an entity itself may be acted on (in the configuration, from the organisation, or approved). Service tokens only.',
        parameters: [
          {
            $ref: '#/components/parameters/entityRef',
          },
        ],
        responses: {
          '200': {
            description: 'The verdict.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/EntityVerified',
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
