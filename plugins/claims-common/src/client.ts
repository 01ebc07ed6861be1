import { ApiClientOptions, createApiClient, dataOf } from '@internal/api-client';
import { ApprovalKind, ClaimApproval, ClaimConflict, EntityClaim, OwnersResponse, ResourceFact } from './api';
import { ClaimKind } from './kinds';
import { paths } from './schema/openapi.generated';

export interface ClaimsApi {
  /** The entity's claims as the caller may see them. */
  getEntityClaims(entityRef: string): Promise<EntityClaim[]>;
  /** Resources claimed by several entities, or with only unverified claims, that the caller may see; and whether they may approve claims. */
  getConflicts(): Promise<{ conflicts: ClaimConflict[]; mayApprove: boolean }>;
  getApprovals(): Promise<ClaimApproval[]>;
  approve(approval: { kind: ApprovalKind; value: string; entityRef: string }): Promise<ClaimApproval>;
  withdrawApproval(kind: ApprovalKind, value: string): Promise<void>;
}

/** What other backend plugins ask, with their own service credentials. */
export interface ClaimsServiceApi {
  /** An entity's claims of a kind, after recording what the outside system says about them. */
  resolve(request: { kind: ClaimKind; entityRef: string; facts?: ResourceFact[] }): Promise<EntityClaim[]>;
  /** The verified owner of every resource of a kind. */
  owners(kind: ClaimKind): Promise<OwnersResponse>;
  /** Replaces what an outside system says about all its resources of a kind. */
  putFacts(kind: ClaimKind, facts: ResourceFact[]): Promise<void>;
  /** Whether an entity itself may be acted on: it is in the portal's configuration, from the organisation, or approved. */
  entityVerified(entityRef: string): Promise<{ verified: boolean; reason: string }>;
}

export type ClaimsClientOptions = ApiClientOptions;

/** Client of the claims API, typed by its spec; works in the browser and in Node. */
export class ClaimsClient implements ClaimsApi, ClaimsServiceApi {
  private readonly api;

  constructor(options: ClaimsClientOptions) {
    this.api = createApiClient<paths>('claims', options);
  }

  async getEntityClaims(entityRef: string) {
    return (await dataOf(this.api.get('/entity', { params: { query: { entityRef } } }))).claims;
  }

  getConflicts() {
    return dataOf(this.api.get('/conflicts'));
  }

  async getApprovals() {
    return (await dataOf(this.api.get('/approvals'))).approvals;
  }

  approve(approval: { kind: ApprovalKind; value: string; entityRef: string }) {
    return dataOf(this.api.post('/approvals', { body: approval }));
  }

  async withdrawApproval(kind: ApprovalKind, value: string) {
    await this.api.delete('/approvals', { params: { query: { kind, value } } });
  }

  async resolve(request: { kind: ClaimKind; entityRef: string; facts?: ResourceFact[] }) {
    return (await dataOf(this.api.post('/resolve', { body: request }))).claims;
  }

  owners(kind: ClaimKind) {
    return dataOf(this.api.get('/owners', { params: { query: { kind } } }));
  }

  async putFacts(kind: ClaimKind, facts: ResourceFact[]) {
    await this.api.put('/facts/{kind}', { params: { path: { kind } }, body: { facts } });
  }

  entityVerified(entityRef: string) {
    return dataOf(this.api.get('/entity-verified', { params: { query: { entityRef } } }));
  }
}
