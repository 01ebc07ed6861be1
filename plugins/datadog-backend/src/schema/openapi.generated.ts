// Generated from src/schema/openapi.yaml of the backend by scripts/openapi/generate.mjs: do not edit.
import { createPortalOpenApiRouter } from '@internal/backend-validation';

export const spec = {
  openapi: '3.0.3',
  info: {
    title: 'datadog',
    'x-catalog-title': 'Portal Datadog API',
    'x-catalog-description': "A service's Datadog monitors, dashboards and links, read with the portal's keys.",
    version: '1',
    description:
      "The portal's Datadog API, at `/api/datadog` of the backend: a service's monitors, dashboards and\nlinks, read with the portal's keys (which never leave the backend), only for a service name the\nentity's claim on it is verified.\n",
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
      MonitorView: {
        type: 'object',
        required: ['id', 'name', 'status', 'type', 'url'],
        properties: {
          id: {
            type: 'integer',
          },
          name: {
            type: 'string',
          },
          status: {
            type: 'string',
            description: "Datadog's overall state of the monitor (OK, Alert, Warn, No Data...).",
          },
          type: {
            type: 'string',
          },
          url: {
            type: 'string',
            description: "The monitor's page in Datadog.",
          },
        },
        additionalProperties: false,
      },
      DashboardLink: {
        type: 'object',
        required: ['title', 'url'],
        properties: {
          title: {
            type: 'string',
          },
          url: {
            type: 'string',
          },
        },
        additionalProperties: false,
      },
      ServiceClaim: {
        type: 'object',
        description: "The entity's claim on the Datadog service; monitors and dashboards are shown only when it is verified.",
        required: ['kind', 'value', 'status', 'reason'],
        properties: {
          kind: {
            type: 'string',
            enum: ['datadog-service'],
          },
          value: {
            type: 'string',
          },
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
        },
        additionalProperties: false,
      },
      ServiceMonitoring: {
        type: 'object',
        description: "A service's monitors and where to look further in Datadog.",
        required: ['service', 'claim', 'monitors', 'dashboards', 'links'],
        properties: {
          service: {
            type: 'string',
          },
          claim: {
            $ref: '#/components/schemas/ServiceClaim',
          },
          monitors: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/MonitorView',
            },
          },
          dashboards: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/DashboardLink',
            },
          },
          links: {
            type: 'object',
            required: ['logs', 'apm', 'monitors'],
            properties: {
              logs: {
                type: 'string',
              },
              apm: {
                type: 'string',
              },
              monitors: {
                type: 'string',
              },
            },
            additionalProperties: false,
          },
        },
        additionalProperties: false,
      },
    },
  },
  paths: {
    '/monitoring': {
      get: {
        operationId: 'getMonitoring',
        summary: "The monitors tagged `service:<name>` of the entity's Datadog service, its dashboards and links.",
        parameters: [
          {
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
        ],
        responses: {
          '200': {
            description: "The service's monitoring; empty lists while the claim is not verified.",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ServiceMonitoring',
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
