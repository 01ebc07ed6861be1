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
    /** The entity's claims as the caller may see them. Users only. */
    get: operations['getEntityClaims'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/conflicts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Resources claimed by several entities, or only unverified, that the caller may see; and whether they may approve. Users only. */
    get: operations['getConflicts'];
    put?: never;
    post?: never;
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
    /** Every approval. Platform admins. */
    get: operations['getApprovals'];
    put?: never;
    /** Approves an entity's claim on a resource, or an entity itself. Platform admins; audited. */
    post: operations['approve'];
    /** Withdraws an approval. Platform admins; audited. */
    delete: operations['withdrawApproval'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/resolve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** An entity's claims of a kind, after recording what the outside system says about them. Service tokens only. */
    post: operations['resolveClaims'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/owners': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The verified owner of every resource of a kind. Service tokens only. */
    get: operations['getOwners'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/facts/{kind}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Replaces what an outside system says about all its resources of a kind. Service tokens only. */
    put: operations['putFacts'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entity-verified': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether an entity itself may be acted on (in the configuration, from the organisation, or approved). Service tokens only. */
    get: operations['getEntityVerified'];
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
    /** @enum {string} */
    ClaimKind: 'argocd-app' | 'datadog-service' | 'cost-tag' | 'cost-namespace' | 'cost-label' | 'cost-controller' | 'github-repo' | 'pagerduty-service';
    /**
     * @description A claim's kind, or `entity` for an entity registered from outside the organisation, approved so that it may be acted on.
     * @enum {string}
     */
    ApprovalKind:
      | 'argocd-app'
      | 'datadog-service'
      | 'cost-tag'
      | 'cost-namespace'
      | 'cost-label'
      | 'cost-controller'
      | 'github-repo'
      | 'pagerduty-service'
      | 'entity';
    /** @enum {string} */
    ClaimStatus: 'verified' | 'unverified' | 'outranked' | 'contested';
    ClaimantVerdict: {
      entityRef: string;
      status: components['schemas']['ClaimStatus'];
      strength: number;
      /** @description Why the claim is as strong as it is. */
      reason: string;
    };
    /** @description One claim of an entity, as its owners and the tabs show it. */
    EntityClaim: {
      kind: components['schemas']['ClaimKind'];
      value: string;
      status: components['schemas']['ClaimStatus'];
      reason: string;
      /** @description Whether the entity may act on the resource through the portal (sync, rollback). */
      mayAct: boolean;
      /** @description The other entities that claim the resource and the caller may see. */
      others: components['schemas']['ClaimantVerdict'][];
      /** @description What would verify the claim; absent when it is verified. */
      howToVerify?: string;
    };
    EntityClaims: {
      claims: components['schemas']['EntityClaim'][];
    };
    /** @description A resource claimed by more than one entity or by nobody verified; or an entity from outside the organisation. */
    ClaimConflict: {
      kind: components['schemas']['ApprovalKind'];
      value: string;
      owner?: string;
      claimants: components['schemas']['ClaimantVerdict'][];
    };
    ClaimApproval: {
      kind: components['schemas']['ApprovalKind'];
      value: string;
      entityRef: string;
      approvedBy: string;
      approvedAt: string;
    };
    ApprovalInput: {
      kind: components['schemas']['ApprovalKind'];
      value: string;
      entityRef: string;
    };
    /** @description What an outside system says about one of its resources, for claims to be checked against. */
    ResourceFact: {
      value: string;
      /** @description The entities the resource names (e.g. an Argo CD application's `portal/entity-ref` annotation). */
      entityRefs?: string[];
      /** @description The repositories the resource deploys from. */
      repositories?: string[];
      /** @description Its labels, for selectors. */
      labels?: {
        [key: string]: string;
      };
    };
    OwnersResponse: {
      kind: components['schemas']['ClaimKind'];
      /** @description Resource value to its verified owner. */
      owners: {
        [key: string]: {
          entityRef: string;
          mayAct: boolean;
        };
      };
    };
    EntityVerified: {
      verified: boolean;
      reason: string;
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
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getEntityClaims: {
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
      /** @description The claims. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EntityClaims'];
        };
      };
      default: components['responses']['Error'];
    };
  };
  getConflicts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The conflicts. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            conflicts: components['schemas']['ClaimConflict'][];
            mayApprove: boolean;
          };
        };
      };
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
      /** @description The approvals. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            approvals: components['schemas']['ClaimApproval'][];
          };
        };
      };
      default: components['responses']['Error'];
    };
  };
  approve: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ApprovalInput'];
      };
    };
    responses: {
      /** @description The approval. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimApproval'];
        };
      };
      default: components['responses']['Error'];
    };
  };
  withdrawApproval: {
    parameters: {
      query: {
        kind: components['schemas']['ApprovalKind'];
        value: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Withdrawn. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      default: components['responses']['Error'];
    };
  };
  resolveClaims: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          kind: components['schemas']['ClaimKind'];
          entityRef: string;
          facts?: components['schemas']['ResourceFact'][];
        };
      };
    };
    responses: {
      /** @description The claims. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EntityClaims'];
        };
      };
      default: components['responses']['Error'];
    };
  };
  getOwners: {
    parameters: {
      query: {
        kind: components['schemas']['ClaimKind'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The owners. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OwnersResponse'];
        };
      };
      default: components['responses']['Error'];
    };
  };
  putFacts: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        kind: components['schemas']['ClaimKind'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          facts: components['schemas']['ResourceFact'][];
        };
      };
    };
    responses: {
      /** @description Stored. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      default: components['responses']['Error'];
    };
  };
  getEntityVerified: {
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
      /** @description The verdict. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EntityVerified'];
        };
      };
      default: components['responses']['Error'];
    };
  };
}
