// Generated from src/schema/openapi.yaml of the backend by scripts/openapi/generate.mjs: do not edit.
import { createPortalOpenApiRouter } from '@internal/backend-validation';

export const spec = {
  openapi: '3.0.3',
  info: {
    title: 'argocd',
    'x-catalog-title': 'Portal Argo CD API',
    'x-catalog-description': 'The applications of an entity on every Argo CD instance, owner-only sync and rollback, and the read routes of the Argo CD tab.',
    version: '1',
    description:
      "The portal's Argo CD API, at `/api/argocd` of the backend: the applications of an entity with what the caller may do, owner-only\nsync and rollback with an audit trail, and the read routes the Roadie Argo CD tab calls\n(its multi-instance mode), answered only for applications of entities the caller may read.\n",
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
      app: {
        name: 'app',
        in: 'path',
        required: true,
        schema: {
          type: 'string',
          minLength: 1,
        },
      },
      instance: {
        name: 'instance',
        in: 'path',
        required: true,
        description: 'The name of a configured Argo CD instance.',
        schema: {
          type: 'string',
          minLength: 1,
        },
      },
      selector: {
        name: 'selector',
        in: 'path',
        required: true,
        description: 'A label selector, which must be the `argocd/app-selector` of an entity the caller may read.',
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
          request: {
            type: 'object',
            additionalProperties: true,
          },
          response: {
            type: 'object',
            additionalProperties: true,
          },
        },
        additionalProperties: true,
      },
      ArgoApplication: {
        type: 'object',
        description: 'An Argo CD Application as Argo CD returns it, with the instance it came from in `metadata.instance`.',
        required: ['metadata'],
        properties: {
          metadata: {
            type: 'object',
            required: ['name'],
            properties: {
              name: {
                type: 'string',
              },
              instance: {
                $ref: '#/components/schemas/InstanceLink',
              },
            },
            additionalProperties: true,
          },
        },
        additionalProperties: true,
      },
      InstanceLink: {
        type: 'object',
        required: ['name', 'url'],
        properties: {
          name: {
            type: 'string',
          },
          url: {
            type: 'string',
          },
        },
        additionalProperties: false,
      },
      InstanceHit: {
        type: 'object',
        description: 'An instance that has the applications named.',
        required: ['name', 'url', 'appName'],
        properties: {
          name: {
            type: 'string',
          },
          url: {
            type: 'string',
          },
          appName: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
        },
        additionalProperties: false,
      },
      RevisionMetadata: {
        type: 'object',
        description: "Argo CD's metadata of a revision (author, date, message), as Argo CD returns it.",
        additionalProperties: true,
      },
      ClaimSummary: {
        type: 'object',
        description: "Whether the entity's claim on the application is verified; sync and rollback need it.",
        required: ['status', 'reason', 'mayAct'],
        properties: {
          status: {
            type: 'string',
            enum: ['verified', 'unverified', 'outranked', 'contested'],
          },
          reason: {
            type: 'string',
          },
          howToVerify: {
            type: 'string',
          },
          mayAct: {
            type: 'boolean',
          },
        },
        additionalProperties: false,
      },
      ApplicationHistoryItem: {
        type: 'object',
        description: "One deployed revision in an application's history.",
        required: ['id', 'revision'],
        properties: {
          id: {
            type: 'integer',
          },
          revision: {
            type: 'string',
          },
          deployedAt: {
            type: 'string',
            format: 'date-time',
          },
        },
        additionalProperties: false,
      },
      ApplicationView: {
        type: 'object',
        description: 'An Argo CD application of an entity, as the portal shows it.',
        required: [
          'instance',
          'name',
          'environment',
          'production',
          'syncStatus',
          'healthStatus',
          'autoSync',
          'url',
          'history',
          'claim',
          'canSync',
          'canRollback',
        ],
        properties: {
          instance: {
            type: 'string',
          },
          name: {
            type: 'string',
          },
          environment: {
            type: 'string',
            description: "From the application's environment label, or its name's suffix.",
          },
          production: {
            type: 'boolean',
          },
          syncStatus: {
            type: 'string',
          },
          healthStatus: {
            type: 'string',
          },
          revision: {
            type: 'string',
          },
          lastSyncedAt: {
            type: 'string',
            format: 'date-time',
          },
          autoSync: {
            type: 'boolean',
          },
          url: {
            type: 'string',
            description: "Argo CD's own page of the application.",
          },
          history: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ApplicationHistoryItem',
            },
          },
          claim: {
            $ref: '#/components/schemas/ClaimSummary',
          },
          canSync: {
            type: 'boolean',
          },
          canRollback: {
            type: 'boolean',
          },
        },
        additionalProperties: false,
      },
      InstanceError: {
        type: 'object',
        description: 'What an instance said when it could not be read; the other instances still show.',
        required: ['instance', 'message'],
        properties: {
          instance: {
            type: 'string',
          },
          message: {
            type: 'string',
          },
        },
        additionalProperties: false,
      },
      EntityApplications: {
        type: 'object',
        required: ['entityRef', 'applications', 'errors'],
        properties: {
          entityRef: {
            type: 'string',
          },
          applications: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ApplicationView',
            },
          },
          errors: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/InstanceError',
            },
          },
        },
        additionalProperties: false,
      },
      ApplicationAction: {
        type: 'object',
        description: 'A sync or rollback done from the portal.',
        required: ['id', 'entityRef', 'instance', 'application', 'environment', 'action', 'actor', 'at', 'result', 'message'],
        properties: {
          id: {
            type: 'integer',
          },
          entityRef: {
            type: 'string',
          },
          instance: {
            type: 'string',
          },
          application: {
            type: 'string',
          },
          environment: {
            type: 'string',
          },
          action: {
            type: 'string',
            enum: ['sync', 'rollback'],
          },
          target: {
            type: 'string',
            description: 'For a rollback, the history id rolled back to.',
          },
          actor: {
            type: 'string',
          },
          at: {
            type: 'string',
            format: 'date-time',
          },
          result: {
            type: 'string',
            enum: ['succeeded', 'failed'],
          },
          message: {
            type: 'string',
          },
        },
        additionalProperties: false,
      },
      ActionResult: {
        type: 'object',
        description: 'What happened, in words, and the action recorded.',
        required: ['message', 'action'],
        properties: {
          message: {
            type: 'string',
          },
          action: {
            $ref: '#/components/schemas/ApplicationAction',
          },
        },
        additionalProperties: false,
      },
      ApplicationTarget: {
        type: 'object',
        required: ['entityRef', 'instance', 'application'],
        properties: {
          entityRef: {
            type: 'string',
            minLength: 1,
          },
          instance: {
            type: 'string',
            minLength: 1,
          },
          application: {
            type: 'string',
            minLength: 1,
          },
          confirm: {
            type: 'string',
            description: "For production, the application's name, typed by the person to confirm.",
          },
        },
        additionalProperties: false,
      },
      RollbackTarget: {
        type: 'object',
        required: ['entityRef', 'instance', 'application', 'historyId'],
        properties: {
          entityRef: {
            type: 'string',
            minLength: 1,
          },
          instance: {
            type: 'string',
            minLength: 1,
          },
          application: {
            type: 'string',
            minLength: 1,
          },
          confirm: {
            type: 'string',
            description: "For production, the application's name, typed by the person to confirm.",
          },
          historyId: {
            type: 'integer',
            minimum: 0,
          },
        },
        additionalProperties: false,
      },
    },
  },
  paths: {
    '/entity/applications': {
      get: {
        operationId: 'getEntityApplications',
        summary: "The entity's Argo CD applications on every instance, with what the caller may do. Users only.",
        parameters: [
          {
            $ref: '#/components/parameters/entityRef',
          },
        ],
        responses: {
          '200': {
            description: 'The applications, and the instances that could not be read.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/EntityApplications',
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
    '/entity/actions': {
      get: {
        operationId: 'getEntityActions',
        summary: "The syncs and rollbacks done from the portal on the entity's applications, newest first.",
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
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/ApplicationAction',
                  },
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
    '/entity/sync': {
      post: {
        operationId: 'syncApplication',
        summary: 'Starts a sync of one application of the entity; owners and admins, on a verified claim.',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/ApplicationTarget',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The sync started and was recorded.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ActionResult',
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
    '/entity/rollback': {
      post: {
        operationId: 'rollbackApplication',
        summary: 'Rolls one application of the entity back to a revision of its history, turning auto-sync off first.',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/RollbackTarget',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The rollback started and was recorded.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ActionResult',
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
    '/find/name/{app}': {
      get: {
        operationId: 'findApplicationByName',
        summary: 'The instances that have the application (Roadie Argo CD tab).',
        parameters: [
          {
            $ref: '#/components/parameters/app',
          },
        ],
        responses: {
          '200': {
            description: 'The instances; empty for an application of no entity the caller may read.',
            content: {
              'application/json': {
                schema: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/InstanceHit',
                  },
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
    '/find/selector/{selector}': {
      get: {
        operationId: 'findApplicationsBySelector',
        summary: "The instances with applications matching an entity's selector (Roadie Argo CD tab).",
        parameters: [
          {
            $ref: '#/components/parameters/selector',
          },
        ],
        responses: {
          '200': {
            description: 'The instances and the readable applications on each.',
            content: {
              'application/json': {
                schema: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/InstanceHit',
                  },
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
    '/argoInstance/{instance}/applications/name/{app}': {
      get: {
        operationId: 'getApplication',
        summary: 'One application from one instance (Roadie Argo CD tab).',
        parameters: [
          {
            $ref: '#/components/parameters/instance',
          },
          {
            $ref: '#/components/parameters/app',
          },
        ],
        responses: {
          '200': {
            description: 'The application.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ArgoApplication',
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
    '/argoInstance/{instance}/applications/selector/{selector}': {
      get: {
        operationId: 'listApplicationsBySelector',
        summary: "The readable applications of one instance matching an entity's selector (Roadie Argo CD tab).",
        parameters: [
          {
            $ref: '#/components/parameters/instance',
          },
          {
            $ref: '#/components/parameters/selector',
          },
        ],
        responses: {
          '200': {
            description: 'The applications.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['items'],
                  properties: {
                    items: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/ArgoApplication',
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
    '/argoInstance/{instance}/applications/name/{app}/revisions/{revision}/metadata': {
      get: {
        operationId: 'getRevisionMetadata',
        summary: "Argo CD's metadata of one revision of an application (Roadie Argo CD tab).",
        parameters: [
          {
            $ref: '#/components/parameters/instance',
          },
          {
            $ref: '#/components/parameters/app',
          },
          {
            name: 'revision',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              minLength: 1,
            },
          },
        ],
        responses: {
          '200': {
            description: "The revision's metadata.",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/RevisionMetadata',
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
