// Generated from src/schema/openapi.yaml of the backend by scripts/openapi/generate.mjs: do not edit.
import { createPortalOpenApiRouter } from '@internal/backend-validation';

export const spec = {
  openapi: '3.0.3',
  info: {
    title: 'dora',
    'x-catalog-title': 'Portal DORA metrics API',
    'x-catalog-description':
      'The five DORA metrics of components, systems and teams, deployments, and the signed webhooks and REST events they are computed from.',
    version: '1',
    description:
      "The portal's DORA metrics API, at `/api/dora` of the backend: the five metrics of a component,\na system or a group (its teams' components), the organisation's ranking of teams, the\nproduction deployments behind them, and the events they are computed from. Events arrive\nsigned on the webhooks (GitHub, Argo CD notifications, PagerDuty, a generic incident source)\nor with a token on `/events/*`; both go to a durable inbox and are read in order. Times in\nanswers are milliseconds since the epoch; durations are milliseconds.\n",
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
        description: 'A component, system or group, as `kind:namespace/name`.',
        schema: {
          type: 'string',
          minLength: 1,
        },
      },
      window: {
        name: 'window',
        in: 'query',
        description: 'The window in days, counted back from now. Default 30.',
        schema: {
          type: 'integer',
          enum: [7, 30, 90, 180],
        },
      },
      report: {
        name: 'report',
        in: 'query',
        description: 'The State of DevOps report whose bands are used. Default 2024.',
        schema: {
          type: 'string',
          enum: ['2021', '2023', '2024'],
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
      Accepted: {
        description: 'Stored in the inbox (`accepted`), or a delivery already stored (`duplicate`).',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Accepted',
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
      Accepted: {
        type: 'object',
        required: ['status'],
        properties: {
          status: {
            type: 'string',
            enum: ['accepted', 'duplicate'],
          },
        },
        additionalProperties: false,
      },
      Time: {
        description: 'An ISO 8601 time, or seconds since the epoch.',
        oneOf: [
          {
            type: 'string',
            minLength: 1,
          },
          {
            type: 'number',
          },
        ],
      },
      Band: {
        type: 'string',
        enum: ['elite', 'high', 'medium', 'low'],
      },
      DoraBands: {
        type: 'object',
        description: 'The band of each metric under the report; absent where there is nothing to classify.',
        properties: {
          deploymentFrequency: {
            $ref: '#/components/schemas/Band',
          },
          leadTime: {
            $ref: '#/components/schemas/Band',
          },
          changeFailureRate: {
            $ref: '#/components/schemas/Band',
          },
          recoveryTime: {
            $ref: '#/components/schemas/Band',
          },
        },
        additionalProperties: false,
      },
      DoraSummary: {
        type: 'object',
        description: 'The metrics over the production deployments made in [from, to).',
        required: [
          'from',
          'to',
          'deployments',
          'deploymentDays',
          'medianDeploymentDaysPerWeek',
          'meanDeploymentDaysPerWeek',
          'leadTime',
          'failedDeployments',
          'recoveryTime',
          'reworkDeployments',
        ],
        properties: {
          from: {
            type: 'number',
          },
          to: {
            type: 'number',
          },
          deployments: {
            type: 'integer',
          },
          deploymentDays: {
            type: 'integer',
            description: 'Distinct UTC days with at least one production deployment.',
          },
          medianDeploymentDaysPerWeek: {
            type: 'number',
          },
          meanDeploymentDaysPerWeek: {
            type: 'number',
          },
          leadTime: {
            type: 'object',
            required: ['changes'],
            properties: {
              changes: {
                type: 'integer',
              },
              median: {
                type: 'number',
              },
              p75: {
                type: 'number',
              },
              p90: {
                type: 'number',
              },
            },
            additionalProperties: false,
          },
          changeFailureRate: {
            type: 'number',
            description: 'Failed deployments over deployments, 0..1; absent without deployments.',
          },
          failedDeployments: {
            type: 'integer',
          },
          recoveryTime: {
            type: 'object',
            required: ['recovered', 'open'],
            properties: {
              recovered: {
                type: 'integer',
              },
              open: {
                type: 'integer',
              },
              median: {
                type: 'number',
              },
            },
            additionalProperties: false,
          },
          reworkRate: {
            type: 'number',
          },
          reworkDeployments: {
            type: 'integer',
          },
        },
        additionalProperties: false,
      },
      WeeklyPoint: {
        type: 'object',
        required: ['weekStart', 'deploymentDays', 'deployments'],
        properties: {
          weekStart: {
            type: 'number',
          },
          deploymentDays: {
            type: 'integer',
          },
          deployments: {
            type: 'integer',
          },
          leadTimeMedian: {
            type: 'number',
          },
          changeFailureRate: {
            type: 'number',
          },
          recoveryTimeMedian: {
            type: 'number',
          },
          reworkRate: {
            type: 'number',
          },
        },
        additionalProperties: false,
      },
      DoraEntityView: {
        type: 'object',
        description: "What an entity's DORA tab shows, this window, the one before it, and weekly points.",
        required: ['entityRef', 'scope', 'window', 'report', 'services', 'current', 'previous', 'bands', 'trend'],
        properties: {
          entityRef: {
            type: 'string',
          },
          scope: {
            type: 'string',
            enum: ['service', 'system', 'group', 'org'],
            description: '`service` for a component, otherwise the rollup it is.',
          },
          window: {
            type: 'integer',
            enum: [7, 30, 90, 180],
          },
          report: {
            type: 'string',
            enum: ['2021', '2023', '2024'],
          },
          services: {
            type: 'array',
            description: 'The components whose events are counted.',
            items: {
              type: 'string',
            },
          },
          current: {
            $ref: '#/components/schemas/DoraSummary',
          },
          previous: {
            $ref: '#/components/schemas/DoraSummary',
          },
          bands: {
            $ref: '#/components/schemas/DoraBands',
          },
          trend: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/WeeklyPoint',
            },
          },
        },
        additionalProperties: false,
      },
      DeploymentIncidentView: {
        type: 'object',
        required: ['id'],
        properties: {
          id: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          url: {
            type: 'string',
          },
        },
        additionalProperties: false,
      },
      DeploymentView: {
        type: 'object',
        description: 'A production deployment in the drill-down list.',
        required: ['entityRef', 'id', 'deployedAt', 'kind', 'changes', 'failed', 'rework', 'incidents'],
        properties: {
          entityRef: {
            type: 'string',
          },
          id: {
            type: 'string',
          },
          revision: {
            type: 'string',
          },
          deployedAt: {
            type: 'number',
          },
          kind: {
            type: 'string',
            enum: ['normal', 'rollback', 'hotfix'],
          },
          url: {
            type: 'string',
          },
          changes: {
            type: 'integer',
          },
          leadTimeMedian: {
            type: 'number',
          },
          failed: {
            type: 'boolean',
          },
          restoredAt: {
            type: 'number',
          },
          rework: {
            type: 'boolean',
          },
          incidents: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/DeploymentIncidentView',
            },
          },
        },
        additionalProperties: false,
      },
      TeamRow: {
        type: 'object',
        required: ['groupRef', 'services', 'summary', 'bands'],
        properties: {
          groupRef: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          services: {
            type: 'integer',
          },
          summary: {
            $ref: '#/components/schemas/DoraSummary',
          },
          bands: {
            $ref: '#/components/schemas/DoraBands',
          },
        },
        additionalProperties: false,
      },
      DoraOverview: {
        type: 'object',
        required: ['window', 'report', 'org', 'teams'],
        properties: {
          window: {
            type: 'integer',
            enum: [7, 30, 90, 180],
          },
          report: {
            type: 'string',
            enum: ['2021', '2023', '2024'],
          },
          org: {
            type: 'object',
            required: ['services', 'summary', 'bands'],
            properties: {
              services: {
                type: 'integer',
              },
              summary: {
                $ref: '#/components/schemas/DoraSummary',
              },
              bands: {
                $ref: '#/components/schemas/DoraBands',
              },
            },
            additionalProperties: false,
          },
          teams: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/TeamRow',
            },
          },
        },
        additionalProperties: false,
      },
      UnmappedSource: {
        type: 'object',
        description: 'Events whose service the catalog does not (yet) know, grouped by what they name.',
        required: ['serviceKind', 'serviceKey', 'deployments', 'changes', 'incidents', 'lastSeenAt'],
        properties: {
          serviceKind: {
            type: 'string',
          },
          serviceKey: {
            type: 'string',
          },
          deployments: {
            type: 'integer',
          },
          changes: {
            type: 'integer',
          },
          incidents: {
            type: 'integer',
          },
          lastSeenAt: {
            type: 'number',
          },
        },
        additionalProperties: false,
      },
      UnreadableDelivery: {
        type: 'object',
        description: 'A delivery that was received but could not be read.',
        required: ['id', 'source', 'eventType', 'error', 'receivedAt'],
        properties: {
          id: {
            type: 'integer',
          },
          source: {
            type: 'string',
          },
          eventType: {
            type: 'string',
          },
          error: {
            type: 'string',
          },
          receivedAt: {
            type: 'number',
          },
        },
        additionalProperties: false,
      },
      DoraUnmapped: {
        type: 'object',
        required: ['sources', 'unreadable'],
        properties: {
          sources: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/UnmappedSource',
            },
          },
          unreadable: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/UnreadableDelivery',
            },
          },
        },
        additionalProperties: false,
      },
      DeploymentEvent: {
        type: 'object',
        description: 'A deployment, with the changes it carried if the sender knows them.',
        required: ['id', 'service', 'environment', 'deployedAt'],
        properties: {
          id: {
            type: 'string',
            minLength: 1,
            maxLength: 200,
            description: "The sender's id; the same id twice is one deployment.",
          },
          service: {
            type: 'string',
            minLength: 1,
            maxLength: 255,
            description: 'The component, as `component:namespace/name` or its name.',
          },
          environment: {
            type: 'string',
            minLength: 1,
            maxLength: 255,
          },
          revision: {
            type: 'string',
            minLength: 1,
            maxLength: 64,
          },
          deployedAt: {
            $ref: '#/components/schemas/Time',
          },
          status: {
            type: 'string',
            enum: ['succeeded', 'failed'],
            default: 'succeeded',
          },
          kind: {
            type: 'string',
            enum: ['normal', 'rollback', 'hotfix'],
            default: 'normal',
          },
          url: {
            type: 'string',
            format: 'uri',
            maxLength: 2000,
          },
          changes: {
            type: 'array',
            maxItems: 1000,
            items: {
              type: 'object',
              required: ['sha', 'firstCommitAt'],
              properties: {
                sha: {
                  type: 'string',
                  minLength: 1,
                  maxLength: 64,
                },
                firstCommitAt: {
                  $ref: '#/components/schemas/Time',
                },
                landedAt: {
                  $ref: '#/components/schemas/Time',
                },
                url: {
                  type: 'string',
                  format: 'uri',
                  maxLength: 2000,
                },
              },
              additionalProperties: false,
            },
          },
        },
        additionalProperties: false,
      },
      IncidentEvent: {
        type: 'object',
        description: 'An incident opened or resolved; `resolvedAt` is required when resolved.',
        required: ['id', 'status', 'service', 'openedAt'],
        properties: {
          id: {
            type: 'string',
            minLength: 1,
            maxLength: 200,
          },
          status: {
            type: 'string',
            enum: ['opened', 'resolved'],
          },
          service: {
            type: 'string',
            minLength: 1,
            maxLength: 255,
          },
          openedAt: {
            $ref: '#/components/schemas/Time',
          },
          resolvedAt: {
            $ref: '#/components/schemas/Time',
          },
          deploymentId: {
            type: 'string',
            maxLength: 255,
          },
          revision: {
            type: 'string',
            maxLength: 255,
          },
          title: {
            type: 'string',
            maxLength: 500,
          },
          url: {
            type: 'string',
            format: 'uri',
            maxLength: 2000,
          },
        },
        additionalProperties: false,
      },
      ArgoCdNotification: {
        type: 'object',
        description: "What the portal's Argo CD notification template sends on a sync's end.",
        required: ['app', 'revision', 'phase', 'finishedAt'],
        properties: {
          app: {
            type: 'string',
            minLength: 1,
            maxLength: 253,
            pattern: '^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$',
          },
          revision: {
            type: 'string',
            minLength: 1,
            maxLength: 64,
          },
          phase: {
            type: 'string',
            description: "Argo CD's operation phase; Succeeded is a deployment, Failed and Error a failed one.",
          },
          finishedAt: {
            $ref: '#/components/schemas/Time',
          },
          environment: {
            type: 'string',
            maxLength: 255,
          },
          kind: {
            type: 'string',
            enum: ['normal', 'rollback', 'hotfix'],
          },
          url: {
            type: 'string',
            maxLength: 2000,
          },
        },
      },
      VendorPayload: {
        type: 'object',
        description: "The vendor's own payload, as its documentation describes it.",
        additionalProperties: true,
      },
    },
  },
  paths: {
    '/metrics': {
      get: {
        operationId: 'getEntityMetrics',
        summary: 'The DORA tab of a component, system or group.',
        parameters: [
          {
            $ref: '#/components/parameters/entityRef',
          },
          {
            $ref: '#/components/parameters/window',
          },
          {
            $ref: '#/components/parameters/report',
          },
        ],
        responses: {
          '200': {
            description: 'The metrics.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/DoraEntityView',
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
    '/deployments': {
      get: {
        operationId: 'getDeployments',
        summary: 'The production deployments of the entity in the window, newest first.',
        parameters: [
          {
            $ref: '#/components/parameters/entityRef',
          },
          {
            $ref: '#/components/parameters/window',
          },
        ],
        responses: {
          '200': {
            description: 'The deployments.',
            content: {
              'application/json': {
                schema: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/DeploymentView',
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
    '/overview': {
      get: {
        operationId: 'getOverview',
        summary: "The organisation's metrics and its teams', of the components the caller may see.",
        parameters: [
          {
            $ref: '#/components/parameters/window',
          },
          {
            $ref: '#/components/parameters/report',
          },
        ],
        responses: {
          '200': {
            description: 'The overview.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/DoraOverview',
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
    '/unmapped': {
      get: {
        operationId: 'getUnmapped',
        summary: 'Events the portal could not attribute to a component, and deliveries it could not read. Admins.',
        responses: {
          '200': {
            description: 'What is unmapped and unreadable.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/DoraUnmapped',
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
    '/coverage': {
      post: {
        operationId: 'getCoverage',
        summary: 'Which of the given components have production deployments recorded. Service tokens only.',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['entityRefs'],
                properties: {
                  entityRefs: {
                    type: 'array',
                    maxItems: 5000,
                    items: {
                      type: 'string',
                      minLength: 1,
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
            description: 'The components among them with production deployments.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['tracked'],
                  properties: {
                    tracked: {
                      type: 'array',
                      items: {
                        type: 'string',
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
    '/events/deployments': {
      post: {
        operationId: 'postDeployment',
        summary: 'Records a deployment, for pipelines with a service token (permission `dora.event.create`).',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/DeploymentEvent',
              },
            },
          },
        },
        responses: {
          '202': {
            $ref: '#/components/responses/Accepted',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/events/incidents': {
      post: {
        operationId: 'postIncident',
        summary: 'Records an incident opened or resolved (permission `dora.event.create`).',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/IncidentEvent',
              },
            },
          },
        },
        responses: {
          '202': {
            $ref: '#/components/responses/Accepted',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/webhooks/github': {
      post: {
        operationId: 'githubWebhook',
        summary: "GitHub's webhook deliveries (push, pull_request, deployment_status, workflow_run, issues), signed with the webhook's secret.",
        security: [],
        parameters: [
          {
            name: 'X-Hub-Signature-256',
            in: 'header',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'X-GitHub-Event',
            in: 'header',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'X-GitHub-Delivery',
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
                $ref: '#/components/schemas/VendorPayload',
              },
            },
          },
        },
        responses: {
          '202': {
            $ref: '#/components/responses/Accepted',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/webhooks/argocd': {
      post: {
        operationId: 'argocdWebhook',
        summary: 'Argo CD notifications of ended syncs, with the shared secret in `X-DORA-Token` (Argo CD cannot sign).',
        security: [],
        parameters: [
          {
            name: 'X-DORA-Token',
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
                $ref: '#/components/schemas/ArgoCdNotification',
              },
            },
          },
        },
        responses: {
          '202': {
            $ref: '#/components/responses/Accepted',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/webhooks/incidents': {
      post: {
        operationId: 'incidentWebhook',
        summary: 'A generic incident source, signed as GitHub signs (`X-Signature-256`, HMAC-SHA256 of the body).',
        security: [],
        parameters: [
          {
            name: 'X-Signature-256',
            in: 'header',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'X-Delivery-Id',
            in: 'header',
            required: false,
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
                $ref: '#/components/schemas/IncidentEvent',
              },
            },
          },
        },
        responses: {
          '202': {
            $ref: '#/components/responses/Accepted',
          },
          default: {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/webhooks/pagerduty': {
      post: {
        operationId: 'pagerdutyWebhook',
        summary: 'PagerDuty V3 webhook events, signed (`X-PagerDuty-Signature`).',
        security: [],
        parameters: [
          {
            name: 'X-PagerDuty-Signature',
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
                $ref: '#/components/schemas/VendorPayload',
              },
            },
          },
        },
        responses: {
          '202': {
            $ref: '#/components/responses/Accepted',
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
