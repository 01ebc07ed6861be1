import { DatabaseService, resolvePackagePath } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import { ActionRun, Approval, AuditEntry, RunEvent, RunStatus, nextStatus } from '@internal/plugin-n8n-actions-common';
import { Knex } from 'knex';

const migrationsDir = resolvePackagePath('@internal/plugin-n8n-actions-backend', 'migrations');

const RUNS = 'n8n_action_runs';
const AUDIT = 'n8n_action_audit';

type Row = {
  id: string;
  action_id: string;
  entity_ref: string;
  requester: string;
  request_key: string | null;
  parameters: string;
  status: RunStatus;
  reason: string | null;
  approvers: string;
  required_approvals: number;
  approvals: string;
  created_at: string;
  triggered_at: string | null;
  finished_at: string | null;
  expires_at: string | null;
  expired_at: string | null;
  execution_id: string | null;
};

export type StoredRun = Omit<ActionRun, 'actionTitle'>;

function fromRow(row: Row): StoredRun {
  return {
    id: row.id,
    actionId: row.action_id,
    entityRef: row.entity_ref,
    requester: row.requester,
    parameters: JSON.parse(row.parameters),
    status: row.status,
    reason: row.reason ?? undefined,
    approvers: JSON.parse(row.approvers),
    requiredApprovals: Number(row.required_approvals),
    approvals: JSON.parse(row.approvals),
    createdAt: row.created_at,
    triggeredAt: row.triggered_at ?? undefined,
    finishedAt: row.finished_at ?? undefined,
    expiresAt: row.expires_at ?? undefined,
    expiredAt: row.expired_at ?? undefined,
    executionId: row.execution_id ?? undefined,
  };
}

export interface NewRun {
  id: string;
  actionId: string;
  entityRef: string;
  requester: string;
  requestKey?: string;
  parameters: Record<string, unknown>;
  status: RunStatus;
  approvers: string[];
  requiredApprovals: number;
  createdAt: string;
}

/**
 * Runs and their audit trail. Every change of status is a compare-and-set on the status the
 * caller saw, so two approvals, a late callback and the expiry sweep never overwrite each other.
 */
export class RunStore {
  static async create(database: DatabaseService): Promise<RunStore> {
    const knex = await database.getClient();
    if (!database.migrations?.skip) {
      await knex.migrate.latest({ directory: migrationsDir, tableName: 'n8n_actions_migrations' });
    }
    return new RunStore(knex);
  }

  constructor(private readonly knex: Knex) {}

  /** How many runs of each action are in each status now. */
  async countByStatus(): Promise<{ actionId: string; status: RunStatus; count: number }[]> {
    const rows = await this.knex<Row>(RUNS).select('action_id', 'status').count({ n: '*' }).groupBy('action_id', 'status');
    return rows.map(r => ({ actionId: r.action_id, status: r.status as RunStatus, count: Number(r.n) }));
  }

  /** Stores a new run, or returns the one the same requester made with the same key. */
  async insert(run: NewRun, audit: Omit<AuditEntry, 'runId'>): Promise<{ run: StoredRun; created: boolean }> {
    if (run.requestKey) {
      const existing = await this.knex<Row>(RUNS).where({ requester: run.requester, request_key: run.requestKey }).first();
      if (existing) return { run: fromRow(existing), created: false };
    }
    try {
      await this.knex.transaction(async tx => {
        await tx<Row>(RUNS).insert({
          id: run.id,
          action_id: run.actionId,
          entity_ref: run.entityRef,
          requester: run.requester,
          request_key: run.requestKey ?? null,
          parameters: JSON.stringify(run.parameters),
          status: run.status,
          approvers: JSON.stringify(run.approvers),
          required_approvals: run.requiredApprovals,
          approvals: '[]',
          created_at: run.createdAt,
        });
        await this.auditIn(tx, { ...audit, runId: run.id });
      });
    } catch (error) {
      // Two requests with the same key at once: the second finds the first's run.
      const existing = run.requestKey && (await this.knex<Row>(RUNS).where({ requester: run.requester, request_key: run.requestKey }).first());
      if (existing) return { run: fromRow(existing), created: false };
      throw error;
    }
    return { run: (await this.get(run.id))!, created: true };
  }

  async get(id: string): Promise<StoredRun | undefined> {
    const row = await this.knex<Row>(RUNS).where({ id }).first();
    return row ? fromRow(row) : undefined;
  }

  async require(id: string): Promise<StoredRun> {
    const run = await this.get(id);
    if (!run) throw new NotFoundError(`No run ${id}`);
    return run;
  }

  async listForEntity(entityRef: string, limit = 50): Promise<StoredRun[]> {
    const rows = await this.knex<Row>(RUNS).where({ entity_ref: entityRef }).orderBy('created_at', 'desc').limit(limit);
    return rows.map(fromRow);
  }

  async listPending(): Promise<StoredRun[]> {
    const rows = await this.knex<Row>(RUNS).where({ status: 'pending_approval' }).orderBy('created_at', 'asc').limit(500);
    return rows.map(fromRow);
  }

  /** Runs whose time to live is over and whose grant has not been revoked yet. */
  async listExpiring(now: string): Promise<StoredRun[]> {
    const rows = await this.knex<Row>(RUNS).where({ status: 'succeeded' }).whereNotNull('expires_at').where('expires_at', '<=', now).limit(100);
    return rows.map(fromRow);
  }

  /** Running runs triggered before `before` with no report. */
  async listOverdue(before: string): Promise<StoredRun[]> {
    const rows = await this.knex<Row>(RUNS).where({ status: 'running' }).whereNotNull('triggered_at').where('triggered_at', '<', before).limit(100);
    return rows.map(fromRow);
  }

  /** Running runs nobody has triggered yet (a restart between approval and the call). */
  async listUntriggered(): Promise<StoredRun[]> {
    const rows = await this.knex<Row>(RUNS).where({ status: 'running' }).whereNull('triggered_at').limit(100);
    return rows.map(fromRow);
  }

  /**
   * Records a decision if the run is still pending and unchanged since it was read.
   * Returns false when someone else changed the run first.
   */
  async recordDecision(run: StoredRun, approval: Approval, status: RunStatus, reason?: string): Promise<boolean> {
    return this.knex.transaction(async tx => {
      const updated = await tx<Row>(RUNS)
        .where({ id: run.id, status: 'pending_approval', approvals: JSON.stringify(run.approvals) })
        .update({ approvals: JSON.stringify([...run.approvals, approval]), status, reason: reason ?? null });
      if (updated !== 1) return false;
      await this.auditIn(tx, {
        runId: run.id,
        at: approval.at,
        actor: approval.by,
        event: approval.decision,
        detail: approval.comment ? { comment: approval.comment } : undefined,
      });
      return true;
    });
  }

  /** Claims the one call of the run's workflow. Only the first caller gets true. */
  async claimTrigger(id: string, at: string): Promise<boolean> {
    const updated = await this.knex<Row>(RUNS).where({ id, status: 'running' }).whereNull('triggered_at').update({ triggered_at: at });
    return updated === 1;
  }

  /**
   * Moves a run on by a lifecycle event, if the run as the caller read it is in a status the event
   * applies to and nobody changed that status since.
   * Returns the run as it is afterwards, or undefined when the event did not apply.
   */
  async transition(
    run: StoredRun,
    event: RunEvent,
    audit: Omit<AuditEntry, 'runId' | 'event'> & { event: AuditEntry['event'] },
    fields: { reason?: string; finishedAt?: string; expiresAt?: string; expiredAt?: string; executionId?: string } = {},
  ): Promise<StoredRun | undefined> {
    const id = run.id;
    const next = nextStatus(run.status, event);
    if (!next) return undefined;
    const changed = await this.knex.transaction(async tx => {
      const updated = await tx<Row>(RUNS)
        .where({ id, status: run.status })
        .update({
          status: next,
          ...(fields.reason !== undefined && { reason: fields.reason }),
          ...(fields.finishedAt !== undefined && { finished_at: fields.finishedAt }),
          ...(fields.expiresAt !== undefined && { expires_at: fields.expiresAt }),
          ...(fields.expiredAt !== undefined && { expired_at: fields.expiredAt }),
          ...(fields.executionId !== undefined && { execution_id: fields.executionId }),
        });
      if (updated !== 1) return false;
      await this.auditIn(tx, { ...audit, runId: id });
      return true;
    });
    return changed ? this.get(id) : undefined;
  }

  async audit(entry: AuditEntry): Promise<void> {
    await this.auditIn(this.knex, entry);
  }

  async auditTrail(runId: string): Promise<AuditEntry[]> {
    const rows = await this.knex(AUDIT).where({ run_id: runId }).orderBy('id', 'asc');
    return rows.map(r => ({ runId: r.run_id, at: r.at, actor: r.actor, event: r.event, detail: r.detail ? JSON.parse(r.detail) : undefined }));
  }

  private async auditIn(knex: Knex, entry: AuditEntry) {
    await knex(AUDIT).insert({
      run_id: entry.runId,
      at: entry.at,
      actor: entry.actor,
      event: entry.event,
      detail: entry.detail ? JSON.stringify(entry.detail) : null,
    });
  }
}
