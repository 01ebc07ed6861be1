import { ResponseError } from '@backstage/errors';
import { ApprovalKind, ClaimApproval, ClaimConflict, EntityClaim, OwnersResponse, ResourceFact } from './api';
import { ClaimKind } from './kinds';

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

export interface ClaimsClientOptions {
  discoveryApi: { getBaseUrl(pluginId: string): Promise<string> };
  fetchApi: { fetch: typeof fetch };
}

/** Typed client of the claims backend; works in the browser and in Node. */
export class ClaimsClient implements ClaimsApi, ClaimsServiceApi {
  constructor(private readonly options: ClaimsClientOptions) {}

  async getEntityClaims(entityRef: string) {
    return (await this.call<{ claims: EntityClaim[] }>('GET', `/entity?${new URLSearchParams({ entityRef })}`)).claims;
  }

  getConflicts() {
    return this.call<{ conflicts: ClaimConflict[]; mayApprove: boolean }>('GET', '/conflicts');
  }

  async getApprovals() {
    return (await this.call<{ approvals: ClaimApproval[] }>('GET', '/approvals')).approvals;
  }

  approve(approval: { kind: ApprovalKind; value: string; entityRef: string }) {
    return this.call<ClaimApproval>('POST', '/approvals', approval);
  }

  async withdrawApproval(kind: ApprovalKind, value: string) {
    await this.call('DELETE', `/approvals?${new URLSearchParams({ kind, value })}`);
  }

  async resolve(request: { kind: ClaimKind; entityRef: string; facts?: ResourceFact[] }) {
    return (await this.call<{ claims: EntityClaim[] }>('POST', '/resolve', request)).claims;
  }

  owners(kind: ClaimKind) {
    return this.call<OwnersResponse>('GET', `/owners?${new URLSearchParams({ kind })}`);
  }

  async putFacts(kind: ClaimKind, facts: ResourceFact[]) {
    await this.call('PUT', `/facts/${encodeURIComponent(kind)}`, { facts });
  }

  entityVerified(entityRef: string) {
    return this.call<{ verified: boolean; reason: string }>('GET', `/entity-verified?${new URLSearchParams({ entityRef })}`);
  }

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const base = await this.options.discoveryApi.getBaseUrl('claims');
    const response = await this.options.fetchApi.fetch(`${base}${path}`, {
      method,
      headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return (response.status === 204 ? undefined : await response.json()) as T;
  }
}
