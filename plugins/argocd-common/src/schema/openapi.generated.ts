// Generated from src/schema/openapi.yaml of the backend by scripts/openapi/generate.mjs: do not edit.
/* eslint-disable */
export interface paths {
  '/entity/applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The entity's Argo CD applications on every instance, with what the caller may do. Users only. */
    get: operations['getEntityApplications'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entity/actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The syncs and rollbacks done from the portal on the entity's applications, newest first. */
    get: operations['getEntityActions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entity/sync': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Starts a sync of one application of the entity; owners and admins, on a verified claim. */
    post: operations['syncApplication'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entity/rollback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Rolls one application of the entity back to a revision of its history, turning auto-sync off first. */
    post: operations['rollbackApplication'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/find/name/{app}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The instances that have the application (Roadie Argo CD tab). */
    get: operations['findApplicationByName'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/find/selector/{selector}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The instances with applications matching an entity's selector (Roadie Argo CD tab). */
    get: operations['findApplicationsBySelector'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/argoInstance/{instance}/applications/name/{app}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One application from one instance (Roadie Argo CD tab). */
    get: operations['getApplication'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/argoInstance/{instance}/applications/selector/{selector}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The readable applications of one instance matching an entity's selector (Roadie Argo CD tab). */
    get: operations['listApplicationsBySelector'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/argoInstance/{instance}/applications/name/{app}/revisions/{revision}/metadata': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Argo CD's metadata of one revision of an application (Roadie Argo CD tab). */
    get: operations['getRevisionMetadata'];
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
      request?: {
        [key: string]: unknown;
      };
      response?: {
        [key: string]: unknown;
      };
    } & {
      [key: string]: unknown;
    };
    /** @description An Argo CD Application as Argo CD returns it, with the instance it came from in `metadata.instance`. */
    ArgoApplication: {
      metadata: {
        name: string;
        instance?: components['schemas']['InstanceLink'];
      } & {
        [key: string]: unknown;
      };
    } & {
      [key: string]: unknown;
    };
    InstanceLink: {
      name: string;
      url: string;
    };
    /** @description An instance that has the applications named. */
    InstanceHit: {
      name: string;
      url: string;
      appName: string[];
    };
    /** @description Argo CD's metadata of a revision (author, date, message), as Argo CD returns it. */
    RevisionMetadata: {
      [key: string]: unknown;
    };
    /** @description Whether the entity's claim on the application is verified; sync and rollback need it. */
    ClaimSummary: {
      /** @enum {string} */
      status: 'verified' | 'unverified' | 'outranked' | 'contested';
      reason: string;
      howToVerify?: string;
      mayAct: boolean;
    };
    /** @description One deployed revision in an application's history. */
    ApplicationHistoryItem: {
      id: number;
      revision: string;
      /** Format: date-time */
      deployedAt?: string;
    };
    /** @description An Argo CD application of an entity, as the portal shows it. */
    ApplicationView: {
      instance: string;
      name: string;
      /** @description From the application's environment label, or its name's suffix. */
      environment: string;
      production: boolean;
      syncStatus: string;
      healthStatus: string;
      revision?: string;
      /** Format: date-time */
      lastSyncedAt?: string;
      autoSync: boolean;
      /** @description Argo CD's own page of the application. */
      url: string;
      history: components['schemas']['ApplicationHistoryItem'][];
      claim: components['schemas']['ClaimSummary'];
      canSync: boolean;
      canRollback: boolean;
    };
    /** @description What an instance said when it could not be read; the other instances still show. */
    InstanceError: {
      instance: string;
      message: string;
    };
    EntityApplications: {
      entityRef: string;
      applications: components['schemas']['ApplicationView'][];
      errors: components['schemas']['InstanceError'][];
    };
    /** @description A sync or rollback done from the portal. */
    ApplicationAction: {
      id: number;
      entityRef: string;
      instance: string;
      application: string;
      environment: string;
      /** @enum {string} */
      action: 'sync' | 'rollback';
      /** @description For a rollback, the history id rolled back to. */
      target?: string;
      actor: string;
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      result: 'succeeded' | 'failed';
      message: string;
    };
    /** @description What happened, in words, and the action recorded. */
    ActionResult: {
      message: string;
      action: components['schemas']['ApplicationAction'];
    };
    ApplicationTarget: {
      entityRef: string;
      instance: string;
      application: string;
      /** @description For production, the application's name, typed by the person to confirm. */
      confirm?: string;
    };
    RollbackTarget: {
      entityRef: string;
      instance: string;
      application: string;
      /** @description For production, the application's name, typed by the person to confirm. */
      confirm?: string;
      historyId: number;
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
    /** @description The entity, as `kind:namespace/name`. */
    entityRef: string;
    app: string;
    /** @description The name of a configured Argo CD instance. */
    instance: string;
    /** @description A label selector, which must be the `argocd/app-selector` of an entity the caller may read. */
    selector: string;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getEntityApplications: {
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
      /** @description The applications, and the instances that could not be read. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EntityApplications'];
        };
      };
      default: components['responses']['Error'];
    };
  };
  getEntityActions: {
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
          'application/json': components['schemas']['ApplicationAction'][];
        };
      };
      default: components['responses']['Error'];
    };
  };
  syncApplication: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ApplicationTarget'];
      };
    };
    responses: {
      /** @description The sync started and was recorded. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActionResult'];
        };
      };
      default: components['responses']['Error'];
    };
  };
  rollbackApplication: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RollbackTarget'];
      };
    };
    responses: {
      /** @description The rollback started and was recorded. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActionResult'];
        };
      };
      default: components['responses']['Error'];
    };
  };
  findApplicationByName: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        app: components['parameters']['app'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The instances; empty for an application of no entity the caller may read. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InstanceHit'][];
        };
      };
      default: components['responses']['Error'];
    };
  };
  findApplicationsBySelector: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A label selector, which must be the `argocd/app-selector` of an entity the caller may read. */
        selector: components['parameters']['selector'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The instances and the readable applications on each. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InstanceHit'][];
        };
      };
      default: components['responses']['Error'];
    };
  };
  getApplication: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The name of a configured Argo CD instance. */
        instance: components['parameters']['instance'];
        app: components['parameters']['app'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The application. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ArgoApplication'];
        };
      };
      default: components['responses']['Error'];
    };
  };
  listApplicationsBySelector: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The name of a configured Argo CD instance. */
        instance: components['parameters']['instance'];
        /** @description A label selector, which must be the `argocd/app-selector` of an entity the caller may read. */
        selector: components['parameters']['selector'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The applications. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['ArgoApplication'][];
          };
        };
      };
      default: components['responses']['Error'];
    };
  };
  getRevisionMetadata: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The name of a configured Argo CD instance. */
        instance: components['parameters']['instance'];
        app: components['parameters']['app'];
        revision: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The revision's metadata. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RevisionMetadata'];
        };
      };
      default: components['responses']['Error'];
    };
  };
}
