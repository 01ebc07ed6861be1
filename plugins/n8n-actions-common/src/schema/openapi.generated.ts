// Generated from src/schema/openapi.yaml of the backend by scripts/openapi/generate.mjs: do not edit.
/* eslint-disable */
export interface paths {
  '/actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The actions offered on the entity, with whether the caller may run each. */
    get: operations['getActions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The runs on the entity, newest first. */
    get: operations['getRuns'];
    put?: never;
    /** Requests a run; it waits for approval or starts at once, as the action says. */
    post: operations['requestRun'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/runs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One run and its audit trail. */
    get: operations['getRun'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/runs/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approves a run waiting for the caller's approval (never one's own). */
    post: operations['approveRun'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/runs/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Rejects a run waiting for the caller's approval. */
    post: operations['rejectRun'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/approvals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The runs waiting for the caller's decision. */
    get: operations['getApprovals'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/callback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The workflow's report on a run, signed with the callback secret (HMAC-SHA256 of the body, hex, in `X-Portal-Signature`). */
    post: operations['reportRun'];
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
    /** @description Who must approve a run before its workflow is called (none, the entity's owners, or a named group). */
    ApprovalPolicy: {
      /** @enum {string} */
      type: 'none' | 'owners' | 'group';
      count?: number;
      group?: string;
    };
    /** @description A run targets production when `parameter` has one of `values`; then these rules replace the action's own. */
    ProductionRules: {
      parameter: string;
      values: (string | number | boolean)[];
      approval?: components['schemas']['ApprovalPolicy'];
      runners?: {
        groups: string[];
      };
    };
    /** @description An action as offered on an entity, with whether the caller may run it. */
    OfferedAction: {
      id: string;
      title: string;
      description?: string;
      /** @description The JSON Schema of the action's form; runs are validated against it. */
      parameters: {
        [key: string]: unknown;
      };
      approval: components['schemas']['ApprovalPolicy'];
      production?: components['schemas']['ProductionRules'];
      /** @description When set, what the run granted is revoked after this long (ISO 8601 duration). */
      timeToLive?: string;
      canRun: boolean;
      /** @description Why the caller may not run it. */
      reason?: string;
    };
    Approval: {
      by: string;
      at: string;
      /** @enum {string} */
      decision: 'approved' | 'rejected';
      comment?: string;
    };
    /** @description A run of an action. */
    ActionRun: {
      id: string;
      actionId: string;
      actionTitle: string;
      entityRef: string;
      requester: string;
      parameters: {
        [key: string]: unknown;
      };
      /** @enum {string} */
      status: 'pending_approval' | 'rejected' | 'running' | 'succeeded' | 'failed' | 'expired';
      /** @description Why it failed or was rejected, in words. */
      reason?: string;
      /** @description Who may approve, resolved from the catalog when the run was requested. */
      approvers: string[];
      requiredApprovals: number;
      approvals: components['schemas']['Approval'][];
      createdAt: string;
      triggeredAt?: string;
      finishedAt?: string;
      expiresAt?: string;
      expiredAt?: string;
      /** @description The n8n execution, when n8n reported it. */
      executionId?: string;
    };
    AuditEntry: {
      runId: string;
      at: string;
      actor: string;
      /** @enum {string} */
      event: 'requested' | 'approved' | 'rejected' | 'triggered' | 'callback' | 'failed' | 'expired';
      detail?: {
        [key: string]: unknown;
      };
    };
    RunRequest: {
      actionId: string;
      entityRef: string;
      /** @description Checked against the action's own schema. */
      parameters?: {
        [key: string]: unknown;
      };
      /** @description The caller's idempotency key; the same request sent again returns the same run. */
      requestKey?: string;
    };
    Decision: {
      comment?: string;
    };
    Runs: {
      runs: components['schemas']['ActionRun'][];
    };
    /** @description The workflow's report on a run. */
    CallbackReport: {
      runId: string;
      /** @enum {string} */
      status: 'succeeded' | 'failed';
      message?: string;
      executionId?: string | number;
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
    /** @description The run. */
    Run: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ActionRun'];
      };
    };
  };
  parameters: {
    /** @description The entity, as `kind:namespace/name`. */
    entityRef: string;
    runId: string;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getActions: {
    parameters: {
      query: {
        /** @description The entity, as `kind:namespace/name`. */
        entityRef: components['parameters']['entityRef'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The actions. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            actions: components['schemas']['OfferedAction'][];
          };
        };
      };
      default: components['responses']['Error'];
    };
  };
  getRuns: {
    parameters: {
      query: {
        /** @description The entity, as `kind:namespace/name`. */
        entityRef: components['parameters']['entityRef'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The runs. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Runs'];
        };
      };
      default: components['responses']['Error'];
    };
  };
  requestRun: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RunRequest'];
      };
    };
    responses: {
      201: components['responses']['Run'];
      default: components['responses']['Error'];
    };
  };
  getRun: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['runId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The run and what happened to it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            run: components['schemas']['ActionRun'];
            audit: components['schemas']['AuditEntry'][];
          };
        };
      };
      default: components['responses']['Error'];
    };
  };
  approveRun: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['runId'];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['Decision'];
      };
    };
    responses: {
      200: components['responses']['Run'];
      default: components['responses']['Error'];
    };
  };
  rejectRun: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['runId'];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['Decision'];
      };
    };
    responses: {
      200: components['responses']['Run'];
      default: components['responses']['Error'];
    };
  };
  getApprovals: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The runs. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Runs'];
        };
      };
      default: components['responses']['Error'];
    };
  };
  reportRun: {
    parameters: {
      query?: never;
      header: {
        'X-Portal-Signature': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CallbackReport'];
      };
    };
    responses: {
      200: components['responses']['Run'];
      default: components['responses']['Error'];
    };
  };
}
