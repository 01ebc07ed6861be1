// Generated from src/schema/openapi.yaml of the backend by scripts/openapi/generate.mjs: do not edit.
/* eslint-disable */
export interface paths {
  '/monitoring': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The monitors tagged `service:<name>` of the entity's Datadog service, its dashboards and links. */
    get: operations['getMonitoring'];
    put?: never;
    post?: never;
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
    MonitorView: {
      id: number;
      name: string;
      /** @description Datadog's overall state of the monitor (OK, Alert, Warn, No Data...). */
      status: string;
      type: string;
      /** @description The monitor's page in Datadog. */
      url: string;
    };
    DashboardLink: {
      title: string;
      url: string;
    };
    /** @description The entity's claim on the Datadog service; monitors and dashboards are shown only when it is verified. */
    ServiceClaim: {
      /** @enum {string} */
      kind: 'datadog-service';
      value: string;
      /** @enum {string} */
      status: 'verified' | 'unverified' | 'outranked' | 'contested';
      reason: string;
      howToVerify?: string;
    };
    /** @description A service's monitors and where to look further in Datadog. */
    ServiceMonitoring: {
      service: string;
      claim: components['schemas']['ServiceClaim'];
      monitors: components['schemas']['MonitorView'][];
      dashboards: components['schemas']['DashboardLink'][];
      links: {
        logs: string;
        apm: string;
        monitors: string;
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
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getMonitoring: {
    parameters: {
      query: {
        /** @description The entity, as `kind:namespace/name`. */
        entityRef: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The service's monitoring; empty lists while the claim is not verified. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServiceMonitoring'];
        };
      };
      default: components['responses']['Error'];
    };
  };
}
