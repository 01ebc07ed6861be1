import { DatabaseService, resolvePackagePath } from '@backstage/backend-plugin-api';
import { Budget, CostLine, DailyCost, SourceFreshness, UnallocatedCost, isCostCategory, zeroAmounts } from '@internal/plugin-cost-common';
import { Knex } from 'knex';

const migrationsDir = resolvePackagePath('@internal/plugin-cost-backend', 'migrations');
// Values per IN list, well below PostgreSQL's 65535 bind parameters.
const CHUNK = 1000;
const num = (v: unknown) => (typeof v === 'string' ? Number(v) : (v as number));
const optNum = (v: unknown) => (v === null || v === undefined ? undefined : num(v));

/** The cost plugin's tables. */
export class CostStore {
  static async create(database: Pick<DatabaseService, 'getClient' | 'migrations'>): Promise<CostStore> {
    const knex = await database.getClient();
    if (!database.migrations?.skip) {
      await knex.migrate.latest({ directory: migrationsDir });
    }
    return new CostStore(knex);
  }

  /**
   * Rows per INSERT. SQLite turns a multi-row insert into a compound SELECT of at most 500 terms;
   * PostgreSQL takes 65535 bind parameters, and fewer round trips make a large import faster.
   */
  private readonly insertChunk: number;

  constructor(readonly knex: Knex) {
    this.insertChunk = String(knex.client.config.client).includes('sqlite') ? 200 : 5000;
  }

  /**
   * Replaces what a source said about the days from `from` to `to` (inclusive) with `lines`, in
   * one transaction: a failed write leaves the previous data as it was.
   */
  async replaceSourceDays(source: string, from: string, to: string, lines: CostLine[]): Promise<void> {
    // A source can name the same dimension, day and category more than once (several rows of a
    // FOCUS file); they add up.
    const merged = new Map<string, CostLine>();
    for (const l of lines) {
      const key = `${l.date}\u0000${l.kind}\u0000${l.key}\u0000${l.category}`;
      const prev = merged.get(key);
      merged.set(key, prev ? { ...prev, amount: prev.amount + l.amount } : l);
    }
    await this.knex.transaction(async tx => {
      await tx('cost_daily').where({ source }).andWhere('date', '>=', from).andWhere('date', '<=', to).delete();
      const rows = [...merged.values()].map(l => ({
        source,
        date: l.date,
        dimension_kind: l.kind,
        dimension_key: l.key.slice(0, 255),
        category: l.category,
        amount: l.amount,
      }));
      for (let i = 0; i < rows.length; i += this.insertChunk) await tx('cost_daily').insert(rows.slice(i, i + this.insertChunk));
    });
  }

  async recordAttempt(source: string, result: { ok: true } | { ok: false; error: string }, now = Date.now()) {
    const existing = await this.knex('cost_source_status').where({ source }).first();
    const row = result.ok
      ? { source, last_attempt_at: now, last_success_at: now, last_error: null, consecutive_failures: 0 }
      : {
          source,
          last_attempt_at: now,
          last_success_at: existing?.last_success_at ?? null,
          last_error: result.error.slice(0, 2000),
          consecutive_failures: (existing?.consecutive_failures ?? 0) + 1,
        };
    if (existing) await this.knex('cost_source_status').where({ source }).update(row);
    else await this.knex('cost_source_status').insert(row);
  }

  async sourceStatuses(): Promise<SourceFreshness[]> {
    const rows = await this.knex('cost_source_status').orderBy('source');
    return rows.map(r => ({
      source: r.source,
      lastSuccessAt: optNum(r.last_success_at),
      lastAttemptAt: optNum(r.last_attempt_at),
      lastError: r.last_error ?? undefined,
      stale: Boolean(r.last_error),
    }));
  }

  /** Replaces the dimension map with the catalog's current claims (already one owner each). */
  async replaceDimensionMap(owners: Map<string, string>): Promise<void> {
    const rows = [...owners.entries()].map(([key, entityRef]) => {
      const [kind, dimensionKey] = key.split('\u0000');
      return { dimension_kind: kind, dimension_key: dimensionKey, entity_ref: entityRef };
    });
    await this.knex.transaction(async tx => {
      await tx('cost_dimension_map').delete();
      for (let i = 0; i < rows.length; i += this.insertChunk) await tx('cost_dimension_map').insert(rows.slice(i, i + this.insertChunk));
    });
  }

  /** Daily costs by category of each entity, from `from` (inclusive), grouped per entity. */
  async dailyFor(entityRefs: string[], from: string): Promise<Map<string, DailyCost[]>> {
    const out = new Map<string, Map<string, DailyCost>>();
    for (let i = 0; i < entityRefs.length; i += CHUNK) {
      const rows = await this.knex('cost_daily as c')
        .join('cost_dimension_map as m', function on() {
          this.on('m.dimension_kind', '=', 'c.dimension_kind').andOn('m.dimension_key', '=', 'c.dimension_key');
        })
        .whereIn('m.entity_ref', entityRefs.slice(i, i + CHUNK))
        .andWhere('c.date', '>=', from)
        .groupBy('m.entity_ref', 'c.date', 'c.category')
        .select('m.entity_ref', 'c.date', 'c.category')
        .sum({ amount: 'c.amount' });
      for (const r of rows as Array<{ entity_ref: string; date: string; category: string; amount: unknown }>) {
        if (!isCostCategory(r.category)) continue;
        const days = out.get(r.entity_ref) ?? new Map<string, DailyCost>();
        const day = days.get(r.date) ?? { date: r.date, amounts: zeroAmounts() };
        day.amounts[r.category] += num(r.amount);
        days.set(r.date, day);
        out.set(r.entity_ref, days);
      }
    }
    return new Map([...out.entries()].map(([ref, days]) => [ref, [...days.values()].sort((a, b) => (a.date < b.date ? -1 : 1))]));
  }

  /** Costs since `from` that no entity claims, by what they name, with the month split. */
  async unallocated(from: string, monthStart: string): Promise<UnallocatedCost[]> {
    const rows = (await this.knex('cost_daily as c')
      .leftJoin('cost_dimension_map as m', function on() {
        this.on('m.dimension_kind', '=', 'c.dimension_kind').andOn('m.dimension_key', '=', 'c.dimension_key');
      })
      .whereNull('m.entity_ref')
      .andWhere('c.date', '>=', from)
      .groupBy('c.dimension_kind', 'c.dimension_key', 'c.date')
      .select('c.dimension_kind', 'c.dimension_key', 'c.date')
      .sum({ amount: 'c.amount' })) as Array<{ dimension_kind: string; dimension_key: string; date: string; amount: unknown }>;
    const byKey = new Map<string, UnallocatedCost>();
    for (const r of rows) {
      const key = `${r.dimension_kind}\u0000${r.dimension_key}`;
      const entry = byKey.get(key) ?? { kind: r.dimension_kind, key: r.dimension_key, lastMonth: 0, monthToDate: 0 };
      if (r.date >= monthStart) entry.monthToDate += num(r.amount);
      else entry.lastMonth += num(r.amount);
      byKey.set(key, entry);
    }
    return [...byKey.values()].sort((a, b) => b.monthToDate + b.lastMonth - (a.monthToDate + a.lastMonth));
  }

  /** The total of every source's lines over a period, allocated or not (for reconciliation). */
  async sourceTotal(from: string, to: string): Promise<number> {
    const [row] = await this.knex('cost_daily').where('date', '>=', from).andWhere('date', '<=', to).sum({ total: 'amount' });
    return num(row.total ?? 0);
  }

  async getBudget(entityRef: string): Promise<Budget | undefined> {
    const row = await this.knex('cost_budgets').where({ entity_ref: entityRef }).first();
    return row ? budgetFromRow(row) : undefined;
  }

  async listBudgets(): Promise<Budget[]> {
    return (await this.knex('cost_budgets').select()).map(budgetFromRow);
  }

  async putBudget(budget: Budget & { updatedBy: string }, now = Date.now()): Promise<void> {
    const row = {
      entity_ref: budget.entityRef,
      monthly_amount: budget.monthlyAmount,
      thresholds: JSON.stringify(budget.thresholds),
      updated_by: budget.updatedBy,
      updated_at: now,
    };
    await this.knex('cost_budgets').insert(row).onConflict('entity_ref').merge();
  }

  /** Records that an alert went out; false when it had already gone out for this period. */
  async claimAlert(entityRef: string, period: string, threshold: number, now = Date.now()): Promise<boolean> {
    const rows = await this.knex('cost_alerts')
      .insert({ entity_ref: entityRef, period, threshold, sent_at: now })
      .onConflict(['entity_ref', 'period', 'threshold'])
      .ignore()
      .returning('entity_ref');
    return rows.length > 0;
  }

  /** Gives back a claimed alert when it could not be sent, so the next run tries again. */
  async releaseAlert(entityRef: string, period: string, threshold: number): Promise<void> {
    await this.knex('cost_alerts').where({ entity_ref: entityRef, period, threshold }).delete();
  }
}

function budgetFromRow(row: any): Budget {
  return {
    entityRef: row.entity_ref,
    monthlyAmount: num(row.monthly_amount),
    thresholds: JSON.parse(row.thresholds),
    updatedBy: row.updated_by,
    updatedAt: new Date(num(row.updated_at)).toISOString(),
  };
}
