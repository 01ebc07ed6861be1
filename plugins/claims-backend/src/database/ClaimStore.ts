import { DatabaseService, resolvePackagePath } from '@backstage/backend-plugin-api';
import { ApprovalKind, ClaimApproval, ResourceFact } from '@internal/plugin-claims-common';
import { Knex } from 'knex';

const migrationsDir = resolvePackagePath('@internal/plugin-claims-backend', 'migrations');

/** What the claims plugin stores: admins' approvals and outside systems' facts. */
export interface ClaimStore {
  approvals(): Promise<ClaimApproval[]>;
  approve(approval: { kind: ApprovalKind; value: string; entityRef: string; approvedBy: string }, now?: number): Promise<ClaimApproval>;
  /** False when there was no approval to withdraw. */
  withdraw(kind: ApprovalKind, value: string): Promise<boolean>;
  facts(kind: string): Promise<ResourceFact[]>;
  /** Replaces every fact of a kind, or (`partial`) only those of the given resources. */
  putFacts(kind: string, facts: ResourceFact[], options?: { partial?: boolean; now?: number }): Promise<void>;
}

const iso = (ms: number | string) => new Date(Number(ms)).toISOString();

export class DatabaseClaimStore implements ClaimStore {
  static async create(database: DatabaseService): Promise<DatabaseClaimStore> {
    const knex = await database.getClient();
    // A migrations table of its own, so that it never mixes with another plugin's on a shared database.
    if (!database.migrations?.skip) await knex.migrate.latest({ directory: migrationsDir, tableName: 'claims_knex_migrations' });
    return new DatabaseClaimStore(knex);
  }

  constructor(private readonly knex: Knex) {}

  async approvals(): Promise<ClaimApproval[]> {
    const rows = await this.knex('claim_approvals').orderBy(['kind', 'value']);
    return rows.map(r => ({ kind: r.kind, value: r.value, entityRef: r.entity_ref, approvedBy: r.approved_by, approvedAt: iso(r.approved_at) }));
  }

  async approve(approval: { kind: ApprovalKind; value: string; entityRef: string; approvedBy: string }, now = Date.now()) {
    const row = { kind: approval.kind, value: approval.value, entity_ref: approval.entityRef, approved_by: approval.approvedBy, approved_at: now };
    // One approved entity per resource: approving another replaces the first.
    await this.knex('claim_approvals').insert(row).onConflict(['kind', 'value']).merge();
    return { ...approval, approvedAt: iso(now) };
  }

  async withdraw(kind: ApprovalKind, value: string) {
    return (await this.knex('claim_approvals').where({ kind, value }).delete()) > 0;
  }

  async facts(kind: string): Promise<ResourceFact[]> {
    const rows = await this.knex('claim_facts').where({ kind }).select('value', 'fact');
    return rows.map(r => ({ value: r.value, ...JSON.parse(r.fact) }));
  }

  async putFacts(kind: string, facts: ResourceFact[], options: { partial?: boolean; now?: number } = {}) {
    const now = options.now ?? Date.now();
    const rows = facts.map(({ value, ...fact }) => ({ kind, value, fact: JSON.stringify(fact), reported_at: now }));
    await this.knex.transaction(async tx => {
      if (!options.partial) await tx('claim_facts').where({ kind }).delete();
      for (let i = 0; i < rows.length; i += 200) {
        await tx('claim_facts')
          .insert(rows.slice(i, i + 200))
          .onConflict(['kind', 'value'])
          .merge();
      }
    });
  }
}
