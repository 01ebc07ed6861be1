// Generated from src/schema/openapi.yaml of the backend by scripts/openapi/generate.mjs: do not edit.
import { createPortalOpenApiRouter } from '@internal/backend-validation';

export const spec = {
  openapi: '3.0.3',
  info: {
    title: 'cost',
    'x-catalog-title': 'Portal Cost API',
    'x-catalog-description': 'Costs by category with forecast, budgets, showback (JSON and CSV), unclaimed costs, estimates and FOCUS imports.',
    version: '1',
    description:
      "The portal's cost API, at `/api/cost` of the backend: what a component, system or group costs\nby category (this month, last month, forecast, 90 days), budgets with alerts, a group's\nshowback (JSON and CSV), costs nobody claims, the sources' freshness, estimates from the\nprice table, and FOCUS exports uploaded by admins. Amounts are in the configured currency.\n",
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
      CategoryAmounts: {
        type: 'object',
        description: 'An amount per category of spend.',
        required: ['compute', 'memory', 'storage', 'network', 'other'],
        properties: {
          compute: {
            type: 'number',
          },
          memory: {
            type: 'number',
          },
          storage: {
            type: 'number',
          },
          network: {
            type: 'number',
          },
          other: {
            type: 'number',
          },
        },
        additionalProperties: false,
      },
      DailyCost: {
        type: 'object',
        required: ['date', 'amounts'],
        properties: {
          date: {
            type: 'string',
            format: 'date',
          },
          amounts: {
            $ref: '#/components/schemas/CategoryAmounts',
          },
        },
        additionalProperties: false,
      },
      Budget: {
        type: 'object',
        description: 'A monthly budget, with the shares of it that raise an alert.',
        required: ['entityRef', 'monthlyAmount', 'thresholds'],
        properties: {
          entityRef: {
            type: 'string',
          },
          monthlyAmount: {
            type: 'number',
          },
          thresholds: {
            type: 'array',
            items: {
              type: 'number',
            },
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
      BudgetStatus: {
        type: 'object',
        required: ['status', 'used', 'crossed'],
        properties: {
          status: {
            type: 'string',
            enum: ['ok', 'at-risk', 'over'],
          },
          used: {
            type: 'number',
            description: 'Month-to-date spend as a share of the budget.',
          },
          crossed: {
            type: 'array',
            items: {
              type: 'object',
              required: ['threshold', 'basis'],
              properties: {
                threshold: {
                  type: 'number',
                },
                basis: {
                  type: 'string',
                  enum: ['actual', 'forecast'],
                },
              },
              additionalProperties: false,
            },
          },
        },
        additionalProperties: false,
      },
      SourceFreshness: {
        type: 'object',
        description: 'When a source last delivered, and why its data is stale if it is.',
        required: ['source', 'stale'],
        properties: {
          source: {
            type: 'string',
          },
          lastSuccessAt: {
            type: 'number',
          },
          lastAttemptAt: {
            type: 'number',
          },
          lastError: {
            type: 'string',
          },
          stale: {
            type: 'boolean',
          },
        },
        additionalProperties: false,
      },
      CostEntityView: {
        type: 'object',
        description: 'What the Cost tab shows.',
        required: [
          'entityRef',
          'scope',
          'currency',
          'month',
          'thisMonth',
          'lastMonth',
          'monthToDate',
          'forecast',
          'monthOverMonth',
          'daily',
          'canEditBudget',
          'services',
          'sources',
        ],
        properties: {
          entityRef: {
            type: 'string',
          },
          scope: {
            type: 'string',
            enum: ['service', 'system', 'group'],
          },
          currency: {
            type: 'string',
          },
          month: {
            type: 'string',
            description: 'The current month, YYYY-MM.',
          },
          thisMonth: {
            $ref: '#/components/schemas/CategoryAmounts',
          },
          lastMonth: {
            $ref: '#/components/schemas/CategoryAmounts',
          },
          monthToDate: {
            type: 'number',
          },
          forecast: {
            type: 'number',
          },
          lastDay: {
            type: 'string',
            description: 'The last day with data.',
          },
          monthOverMonth: {
            type: 'object',
            required: ['significant', 'thresholdPercent'],
            properties: {
              change: {
                type: 'number',
              },
              significant: {
                type: 'boolean',
              },
              thresholdPercent: {
                type: 'number',
              },
            },
            additionalProperties: false,
          },
          daily: {
            type: 'array',
            description: '90 days, oldest first.',
            items: {
              $ref: '#/components/schemas/DailyCost',
            },
          },
          budget: {
            $ref: '#/components/schemas/Budget',
          },
          budgetStatus: {
            $ref: '#/components/schemas/BudgetStatus',
          },
          canEditBudget: {
            type: 'boolean',
          },
          peers: {
            type: 'object',
            description: "Components of the same type and lifecycle, on last month's cost.",
            required: ['type', 'lifecycle', 'peers', 'value'],
            properties: {
              type: {
                type: 'string',
              },
              lifecycle: {
                type: 'string',
              },
              peers: {
                type: 'integer',
              },
              median: {
                type: 'number',
              },
              percentile: {
                type: 'number',
              },
              value: {
                type: 'number',
              },
            },
            additionalProperties: false,
          },
          services: {
            type: 'array',
            description: 'The components whose costs are counted.',
            items: {
              type: 'string',
            },
          },
          sources: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/SourceFreshness',
            },
          },
        },
        additionalProperties: false,
      },
      ShowbackRow: {
        type: 'object',
        required: ['entityRef', 'lastMonth', 'monthToDate', 'forecast', 'thisMonth'],
        properties: {
          entityRef: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          type: {
            type: 'string',
          },
          lastMonth: {
            type: 'number',
          },
          monthToDate: {
            type: 'number',
          },
          forecast: {
            type: 'number',
          },
          thisMonth: {
            $ref: '#/components/schemas/CategoryAmounts',
          },
          budgetStatus: {
            type: 'string',
            enum: ['ok', 'at-risk', 'over'],
          },
        },
        additionalProperties: false,
      },
      Showback: {
        type: 'object',
        required: ['entityRef', 'currency', 'month', 'rows', 'total'],
        properties: {
          entityRef: {
            type: 'string',
          },
          currency: {
            type: 'string',
          },
          month: {
            type: 'string',
          },
          rows: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ShowbackRow',
            },
          },
          total: {
            type: 'object',
            required: ['lastMonth', 'monthToDate', 'forecast'],
            properties: {
              lastMonth: {
                type: 'number',
              },
              monthToDate: {
                type: 'number',
              },
              forecast: {
                type: 'number',
              },
            },
            additionalProperties: false,
          },
        },
        additionalProperties: false,
      },
      UnallocatedCost: {
        type: 'object',
        description: 'Costs no entity claims, grouped by what they name.',
        required: ['kind', 'key', 'lastMonth', 'monthToDate'],
        properties: {
          kind: {
            type: 'string',
          },
          key: {
            type: 'string',
          },
          lastMonth: {
            type: 'number',
          },
          monthToDate: {
            type: 'number',
          },
        },
        additionalProperties: false,
      },
      BudgetInput: {
        type: 'object',
        required: ['monthlyAmount'],
        properties: {
          monthlyAmount: {
            type: 'number',
            minimum: 0.01,
            maximum: 1000000000,
          },
          thresholds: {
            type: 'array',
            description: 'Shares of the budget that raise an alert when actual or forecast spend reaches them. Default [0.8, 1].',
            minItems: 1,
            maxItems: 5,
            items: {
              type: 'number',
              minimum: 0.01,
              maximum: 2,
            },
          },
        },
        additionalProperties: false,
      },
      EstimateInput: {
        type: 'object',
        required: ['size', 'replicas'],
        properties: {
          size: {
            type: 'string',
            minLength: 1,
            description: 'A size of the price table.',
          },
          replicas: {
            type: 'integer',
            minimum: 1,
            maximum: 1000,
          },
          storageGiB: {
            type: 'number',
            minimum: 0,
            maximum: 100000,
          },
        },
        additionalProperties: false,
      },
      Estimate: {
        type: 'object',
        required: ['currency', 'monthly', 'amounts'],
        properties: {
          currency: {
            type: 'string',
          },
          monthly: {
            type: 'number',
          },
          amounts: {
            $ref: '#/components/schemas/CategoryAmounts',
          },
        },
        additionalProperties: false,
      },
      FocusImportResult: {
        type: 'object',
        required: ['rows', 'imported', 'rejected'],
        properties: {
          rows: {
            type: 'integer',
          },
          imported: {
            type: 'integer',
          },
          rejected: {
            type: 'array',
            description: 'The first 100 rows refused, and why.',
            items: {
              type: 'object',
              required: ['where', 'reason'],
              properties: {
                where: {
                  type: 'string',
                },
                reason: {
                  type: 'string',
                },
              },
              additionalProperties: false,
            },
          },
          range: {
            type: 'object',
            required: ['from', 'to'],
            properties: {
              from: {
                type: 'string',
                format: 'date',
              },
              to: {
                type: 'string',
                format: 'date',
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
    '/entity': {
      get: {
        operationId: 'getEntityCost',
        summary: 'The Cost tab of a component, system or group. Users only.',
        parameters: [
          {
            $ref: '#/components/parameters/entityRef',
          },
        ],
        responses: {
          '200': {
            description: 'The costs.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/CostEntityView',
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
    '/showback': {
      get: {
        operationId: 'getShowback',
        summary: 'What each entity under a group or system costs, this month and last.',
        parameters: [
          {
            $ref: '#/components/parameters/entityRef',
          },
        ],
        responses: {
          '200': {
            description: 'The showback.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Showback',
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
    '/showback.csv': {
      get: {
        operationId: 'getShowbackCsv',
        summary: 'The showback as a CSV file (formulas neutralised).',
        parameters: [
          {
            $ref: '#/components/parameters/entityRef',
          },
        ],
        responses: {
          '200': {
            description: 'The CSV file.',
            content: {
              'text/csv': {
                schema: {
                  type: 'string',
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
    '/budgets': {
      put: {
        operationId: 'setBudget',
        summary: "Sets the entity's monthly budget; members of its owner and admins.",
        parameters: [
          {
            $ref: '#/components/parameters/entityRef',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/BudgetInput',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The Cost tab with the budget.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/CostEntityView',
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
    '/unallocated': {
      get: {
        operationId: 'getUnallocated',
        summary: 'Costs of last month and this month that no entity claims.',
        responses: {
          '200': {
            description: 'The unallocated costs.',
            content: {
              'application/json': {
                schema: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/UnallocatedCost',
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
    '/sources': {
      get: {
        operationId: 'getSources',
        summary: 'When each cost source last delivered.',
        responses: {
          '200': {
            description: 'The sources.',
            content: {
              'application/json': {
                schema: {
                  type: 'array',
                  items: {
                    $ref: '#/components/schemas/SourceFreshness',
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
    '/estimate': {
      post: {
        operationId: 'estimate',
        summary: 'The monthly cost of a service before it exists, from the price table.',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/EstimateInput',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The estimate.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Estimate',
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
    '/focus/import': {
      post: {
        operationId: 'importFocus',
        summary: 'Imports a FOCUS export; the days it covers replace what the same upload said before. Admins.',
        parameters: [
          {
            name: 'name',
            in: 'query',
            description: "The upload's name, 1-40 lower-case letters, digits or dashes. Default `upload`.",
            schema: {
              type: 'string',
              pattern: '^[a-z0-9-]{1,40}$',
            },
          },
        ],
        requestBody: {
          required: true,
          content: {
            'text/csv': {
              schema: {
                type: 'string',
                minLength: 1,
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'What was imported and what was refused.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/FocusImportResult',
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
