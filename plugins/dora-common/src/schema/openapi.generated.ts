// Generated from src/schema/openapi.yaml of the backend by scripts/openapi/generate.mjs: do not edit.
/* eslint-disable */
export interface paths {
  '/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The DORA tab of a component, system or group. */
    get: operations['getEntityMetrics'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/deployments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The production deployments of the entity in the window, newest first. */
    get: operations['getDeployments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/overview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The organisation's metrics and its teams', of the components the caller may see. */
    get: operations['getOverview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/unmapped': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Events the portal could not attribute to a component, and deliveries it could not read. Admins. */
    get: operations['getUnmapped'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/coverage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Which of the given components have production deployments recorded. Service tokens only. */
    post: operations['getCoverage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/events/deployments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Records a deployment, for pipelines with a service token (permission `dora.event.create`). */
    post: operations['postDeployment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/events/incidents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Records an incident opened or resolved (permission `dora.event.create`). */
    post: operations['postIncident'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/webhooks/github': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** GitHub's webhook deliveries (push, pull_request, deployment_status, workflow_run, issues), signed with the webhook's secret. */
    post: operations['githubWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/webhooks/argocd': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Argo CD notifications of ended syncs, with the shared secret in `X-DORA-Token` (Argo CD cannot sign). */
    post: operations['argocdWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/webhooks/incidents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A generic incident source, signed as GitHub signs (`X-Signature-256`, HMAC-SHA256 of the body). */
    post: operations['incidentWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/webhooks/pagerduty': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** PagerDuty V3 webhook events, signed (`X-PagerDuty-Signature`). */
    post: operations['pagerdutyWebhook'];
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
    Accepted: {
      /** @enum {string} */
      status: 'accepted' | 'duplicate';
    };
    /** @description An ISO 8601 time, or seconds since the epoch. */
    Time: string | number;
    /** @enum {string} */
    Band: 'elite' | 'high' | 'medium' | 'low';
    /** @description The band of each metric under the report; absent where there is nothing to classify. */
    DoraBands: {
      deploymentFrequency?: components['schemas']['Band'];
      leadTime?: components['schemas']['Band'];
      changeFailureRate?: components['schemas']['Band'];
      recoveryTime?: components['schemas']['Band'];
    };
    /** @description The metrics over the production deployments made in [from, to). */
    DoraSummary: {
      from: number;
      to: number;
      deployments: number;
      /** @description Distinct UTC days with at least one production deployment. */
      deploymentDays: number;
      medianDeploymentDaysPerWeek: number;
      meanDeploymentDaysPerWeek: number;
      leadTime: {
        changes: number;
        median?: number;
        p75?: number;
        p90?: number;
      };
      /** @description Failed deployments over deployments, 0..1; absent without deployments. */
      changeFailureRate?: number;
      failedDeployments: number;
      recoveryTime: {
        recovered: number;
        open: number;
        median?: number;
      };
      reworkRate?: number;
      reworkDeployments: number;
    };
    WeeklyPoint: {
      weekStart: number;
      deploymentDays: number;
      deployments: number;
      leadTimeMedian?: number;
      changeFailureRate?: number;
      recoveryTimeMedian?: number;
      reworkRate?: number;
    };
    /** @description What an entity's DORA tab shows, this window, the one before it, and weekly points. */
    DoraEntityView: {
      entityRef: string;
      /**
       * @description `service` for a component, otherwise the rollup it is.
       * @enum {string}
       */
      scope: 'service' | 'system' | 'group' | 'org';
      /** @enum {integer} */
      window: 7 | 30 | 90 | 180;
      /** @enum {string} */
      report: '2021' | '2023' | '2024';
      /** @description The components whose events are counted. */
      services: string[];
      current: components['schemas']['DoraSummary'];
      previous: components['schemas']['DoraSummary'];
      bands: components['schemas']['DoraBands'];
      trend: components['schemas']['WeeklyPoint'][];
    };
    DeploymentIncidentView: {
      id: string;
      title?: string;
      url?: string;
    };
    /** @description A production deployment in the drill-down list. */
    DeploymentView: {
      entityRef: string;
      id: string;
      revision?: string;
      deployedAt: number;
      /** @enum {string} */
      kind: 'normal' | 'rollback' | 'hotfix';
      url?: string;
      changes: number;
      leadTimeMedian?: number;
      failed: boolean;
      restoredAt?: number;
      rework: boolean;
      incidents: components['schemas']['DeploymentIncidentView'][];
    };
    TeamRow: {
      groupRef: string;
      title?: string;
      services: number;
      summary: components['schemas']['DoraSummary'];
      bands: components['schemas']['DoraBands'];
    };
    DoraOverview: {
      /** @enum {integer} */
      window: 7 | 30 | 90 | 180;
      /** @enum {string} */
      report: '2021' | '2023' | '2024';
      org: {
        services: number;
        summary: components['schemas']['DoraSummary'];
        bands: components['schemas']['DoraBands'];
      };
      teams: components['schemas']['TeamRow'][];
    };
    /** @description Events whose service the catalog does not (yet) know, grouped by what they name. */
    UnmappedSource: {
      serviceKind: string;
      serviceKey: string;
      deployments: number;
      changes: number;
      incidents: number;
      lastSeenAt: number;
    };
    /** @description A delivery that was received but could not be read. */
    UnreadableDelivery: {
      id: number;
      source: string;
      eventType: string;
      error: string;
      receivedAt: number;
    };
    DoraUnmapped: {
      sources: components['schemas']['UnmappedSource'][];
      unreadable: components['schemas']['UnreadableDelivery'][];
    };
    /** @description A deployment, with the changes it carried if the sender knows them. */
    DeploymentEvent: {
      /** @description The sender's id; the same id twice is one deployment. */
      id: string;
      /** @description The component, as `component:namespace/name` or its name. */
      service: string;
      environment: string;
      revision?: string;
      deployedAt: components['schemas']['Time'];
      /**
       * @default succeeded
       * @enum {string}
       */
      status: 'succeeded' | 'failed';
      /**
       * @default normal
       * @enum {string}
       */
      kind: 'normal' | 'rollback' | 'hotfix';
      /** Format: uri */
      url?: string;
      changes?: {
        sha: string;
        firstCommitAt: components['schemas']['Time'];
        landedAt?: components['schemas']['Time'];
        /** Format: uri */
        url?: string;
      }[];
    };
    /** @description An incident opened or resolved; `resolvedAt` is required when resolved. */
    IncidentEvent: {
      id: string;
      /** @enum {string} */
      status: 'opened' | 'resolved';
      service: string;
      openedAt: components['schemas']['Time'];
      resolvedAt?: components['schemas']['Time'];
      deploymentId?: string;
      revision?: string;
      title?: string;
      /** Format: uri */
      url?: string;
    };
    /** @description What the portal's Argo CD notification template sends on a sync's end. */
    ArgoCdNotification: {
      app: string;
      revision: string;
      /** @description Argo CD's operation phase; Succeeded is a deployment, Failed and Error a failed one. */
      phase: string;
      finishedAt: components['schemas']['Time'];
      environment?: string;
      /** @enum {string} */
      kind?: 'normal' | 'rollback' | 'hotfix';
      url?: string;
    };
    /** @description The vendor's own payload, as its documentation describes it. */
    VendorPayload: {
      [key: string]: unknown;
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
    /** @description Stored in the inbox (`accepted`), or a delivery already stored (`duplicate`). */
    Accepted: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Accepted'];
      };
    };
  };
  parameters: {
    /** @description A component, system or group, as `kind:namespace/name`. */
    entityRef: string;
    /** @description The window in days, counted back from now. Default 30. */
    window: 7 | 30 | 90 | 180;
    /** @description The State of DevOps report whose bands are used. Default 2024. */
    report: '2021' | '2023' | '2024';
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getEntityMetrics: {
    parameters: {
      query: {
        /** @description A component, system or group, as `kind:namespace/name`. */
        entityRef: components['parameters']['entityRef'];
        /** @description The window in days, counted back from now. Default 30. */
        window?: components['parameters']['window'];
        /** @description The State of DevOps report whose bands are used. Default 2024. */
        report?: components['parameters']['report'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The metrics. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DoraEntityView'];
        };
      };
      default: components['responses']['Error'];
    };
  };
  getDeployments: {
    parameters: {
      query: {
        /** @description A component, system or group, as `kind:namespace/name`. */
        entityRef: components['parameters']['entityRef'];
        /** @description The window in days, counted back from now. Default 30. */
        window?: components['parameters']['window'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The deployments. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeploymentView'][];
        };
      };
      default: components['responses']['Error'];
    };
  };
  getOverview: {
    parameters: {
      query?: {
        /** @description The window in days, counted back from now. Default 30. */
        window?: components['parameters']['window'];
        /** @description The State of DevOps report whose bands are used. Default 2024. */
        report?: components['parameters']['report'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The overview. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DoraOverview'];
        };
      };
      default: components['responses']['Error'];
    };
  };
  getUnmapped: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description What is unmapped and unreadable. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DoraUnmapped'];
        };
      };
      default: components['responses']['Error'];
    };
  };
  getCoverage: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          entityRefs: string[];
        };
      };
    };
    responses: {
      /** @description The components among them with production deployments. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            tracked: string[];
          };
        };
      };
      default: components['responses']['Error'];
    };
  };
  postDeployment: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeploymentEvent'];
      };
    };
    responses: {
      202: components['responses']['Accepted'];
      default: components['responses']['Error'];
    };
  };
  postIncident: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['IncidentEvent'];
      };
    };
    responses: {
      202: components['responses']['Accepted'];
      default: components['responses']['Error'];
    };
  };
  githubWebhook: {
    parameters: {
      query?: never;
      header: {
        'X-Hub-Signature-256': string;
        'X-GitHub-Event': string;
        'X-GitHub-Delivery': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VendorPayload'];
      };
    };
    responses: {
      202: components['responses']['Accepted'];
      default: components['responses']['Error'];
    };
  };
  argocdWebhook: {
    parameters: {
      query?: never;
      header: {
        'X-DORA-Token': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ArgoCdNotification'];
      };
    };
    responses: {
      202: components['responses']['Accepted'];
      default: components['responses']['Error'];
    };
  };
  incidentWebhook: {
    parameters: {
      query?: never;
      header: {
        'X-Signature-256': string;
        'X-Delivery-Id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['IncidentEvent'];
      };
    };
    responses: {
      202: components['responses']['Accepted'];
      default: components['responses']['Error'];
    };
  };
  pagerdutyWebhook: {
    parameters: {
      query?: never;
      header: {
        'X-PagerDuty-Signature': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VendorPayload'];
      };
    };
    responses: {
      202: components['responses']['Accepted'];
      default: components['responses']['Error'];
    };
  };
}
