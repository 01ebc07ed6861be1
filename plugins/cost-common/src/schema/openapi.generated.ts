// Generated from src/schema/openapi.yaml of the backend by scripts/openapi/generate.mjs: do not edit.
/* eslint-disable */
export interface paths {
  '/entity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The Cost tab of a component, system or group. Users only. */
    get: operations['getEntityCost'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/showback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What each entity under a group or system costs, this month and last. */
    get: operations['getShowback'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/showback.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The showback as a CSV file (formulas neutralised). */
    get: operations['getShowbackCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/budgets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Sets the entity's monthly budget; members of its owner and admins. */
    put: operations['setBudget'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/unallocated': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Costs of last month and this month that no entity claims. */
    get: operations['getUnallocated'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sources': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** When each cost source last delivered. */
    get: operations['getSources'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/estimate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The monthly cost of a service before it exists, from the price table. */
    post: operations['estimate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/focus/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Imports a FOCUS export; the days it covers replace what the same upload said before. Admins. */
    post: operations['importFocus'];
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
    /** @description An amount per category of spend. */
    CategoryAmounts: {
      compute: number;
      memory: number;
      storage: number;
      network: number;
      other: number;
    };
    DailyCost: {
      /** Format: date */
      date: string;
      amounts: components['schemas']['CategoryAmounts'];
    };
    /** @description A monthly budget, with the shares of it that raise an alert. */
    Budget: {
      entityRef: string;
      monthlyAmount: number;
      thresholds: number[];
      updatedBy?: string;
      updatedAt?: string;
    };
    BudgetStatus: {
      /** @enum {string} */
      status: 'ok' | 'at-risk' | 'over';
      /** @description Month-to-date spend as a share of the budget. */
      used: number;
      crossed: {
        threshold: number;
        /** @enum {string} */
        basis: 'actual' | 'forecast';
      }[];
    };
    /** @description When a source last delivered, and why its data is stale if it is. */
    SourceFreshness: {
      source: string;
      lastSuccessAt?: number;
      lastAttemptAt?: number;
      lastError?: string;
      stale: boolean;
    };
    /** @description What the Cost tab shows. */
    CostEntityView: {
      entityRef: string;
      /** @enum {string} */
      scope: 'service' | 'system' | 'group';
      currency: string;
      /** @description The current month, YYYY-MM. */
      month: string;
      thisMonth: components['schemas']['CategoryAmounts'];
      lastMonth: components['schemas']['CategoryAmounts'];
      monthToDate: number;
      forecast: number;
      /** @description The last day with data. */
      lastDay?: string;
      monthOverMonth: {
        change?: number;
        significant: boolean;
        thresholdPercent: number;
      };
      /** @description 90 days, oldest first. */
      daily: components['schemas']['DailyCost'][];
      budget?: components['schemas']['Budget'];
      budgetStatus?: components['schemas']['BudgetStatus'];
      canEditBudget: boolean;
      /** @description Components of the same type and lifecycle, on last month's cost. */
      peers?: {
        type: string;
        lifecycle: string;
        peers: number;
        median?: number;
        percentile?: number;
        value: number;
      };
      /** @description The components whose costs are counted. */
      services: string[];
      sources: components['schemas']['SourceFreshness'][];
    };
    ShowbackRow: {
      entityRef: string;
      title?: string;
      type?: string;
      lastMonth: number;
      monthToDate: number;
      forecast: number;
      thisMonth: components['schemas']['CategoryAmounts'];
      /** @enum {string} */
      budgetStatus?: 'ok' | 'at-risk' | 'over';
    };
    Showback: {
      entityRef: string;
      currency: string;
      month: string;
      rows: components['schemas']['ShowbackRow'][];
      total: {
        lastMonth: number;
        monthToDate: number;
        forecast: number;
      };
    };
    /** @description Costs no entity claims, grouped by what they name. */
    UnallocatedCost: {
      kind: string;
      key: string;
      lastMonth: number;
      monthToDate: number;
    };
    BudgetInput: {
      monthlyAmount: number;
      /** @description Shares of the budget that raise an alert when actual or forecast spend reaches them. Default [0.8, 1]. */
      thresholds?: number[];
    };
    EstimateInput: {
      /** @description A size of the price table. */
      size: string;
      replicas: number;
      storageGiB?: number;
    };
    Estimate: {
      currency: string;
      monthly: number;
      amounts: components['schemas']['CategoryAmounts'];
    };
    FocusImportResult: {
      rows: number;
      imported: number;
      /** @description The first 100 rows refused, and why. */
      rejected: {
        where: string;
        reason: string;
      }[];
      range?: {
        /** Format: date */
        from: string;
        /** Format: date */
        to: string;
      };
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
    /** @description A component, system or group, as `kind:namespace/name`. */
    entityRef: string;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getEntityCost: {
    parameters: {
      query: {
        /** @description A component, system or group, as `kind:namespace/name`. */
        entityRef: components['parameters']['entityRef'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The costs. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CostEntityView'];
        };
      };
      default: components['responses']['Error'];
    };
  };
  getShowback: {
    parameters: {
      query: {
        /** @description A component, system or group, as `kind:namespace/name`. */
        entityRef: components['parameters']['entityRef'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The showback. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Showback'];
        };
      };
      default: components['responses']['Error'];
    };
  };
  getShowbackCsv: {
    parameters: {
      query: {
        /** @description A component, system or group, as `kind:namespace/name`. */
        entityRef: components['parameters']['entityRef'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The CSV file. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      default: components['responses']['Error'];
    };
  };
  setBudget: {
    parameters: {
      query: {
        /** @description A component, system or group, as `kind:namespace/name`. */
        entityRef: components['parameters']['entityRef'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BudgetInput'];
      };
    };
    responses: {
      /** @description The Cost tab with the budget. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CostEntityView'];
        };
      };
      default: components['responses']['Error'];
    };
  };
  getUnallocated: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The unallocated costs. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnallocatedCost'][];
        };
      };
      default: components['responses']['Error'];
    };
  };
  getSources: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The sources. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SourceFreshness'][];
        };
      };
      default: components['responses']['Error'];
    };
  };
  estimate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EstimateInput'];
      };
    };
    responses: {
      /** @description The estimate. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Estimate'];
        };
      };
      default: components['responses']['Error'];
    };
  };
  importFocus: {
    parameters: {
      query?: {
        /** @description The upload's name, 1-40 lower-case letters, digits or dashes. Default `upload`. */
        name?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'text/csv': string;
      };
    };
    responses: {
      /** @description What was imported and what was refused. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FocusImportResult'];
        };
      };
      default: components['responses']['Error'];
    };
  };
}
