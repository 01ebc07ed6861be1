import { boundedKey } from '../ingest/storable';
import { DatabaseService, resolvePackagePath } from '@backstage/backend-plugin-api';
import { ServiceEvents, UnmappedSource, UnreadableDelivery, mergeChanges, mergeDeployments, mergeIncidents } from '@internal/plugin-dora-common';
import { Knex } from 'knex';
import { EventBatch, KeyedChange, KeyedDeployment, KeyedIncident, ServiceKind } from '../ingest/types';

const migrationsDir = resolvePackagePath('@internal/plugin-dora-backend', 'migrations');

export interface NewDelivery {
  source: string;
  deliveryKey: string;
  eventType: string;
  /** The raw body as received, so a later reader sees exactly what was signed. */
  payload: string;
}

/** A stored delivery with its body as received. */
export interface PendingDelivery {
  id: number;
  source: string;
  eventType: string;
  payload: string;
}

export interface ServiceMapping {
  serviceKind: ServiceKind;
  serviceKey: string;
  entityRef: string;
  productionEnvironment: string;
}

/** Which events to read for a set of entities. */
export interface EventRange {
  /** Deployments and incidents from this time... */
  from: number;
  /** ...and changes that landed from this (earlier) time, so lead times reaching back are whole. */
  changesFrom: number;
  to: number;
}

const num = (value: unknown): number => (typeof value === 'string' ? Number(value) : (value as number));
const optNum = (value: unknown): number | undefined => (value === null || value === undefined ? undefined : num(value));
const opt = (value: unknown): string | undefined => (value === null || value === undefined ? undefined : String(value));

/** Stored rows as events; a deployment without an environment keeps it undefined. */
const deploymentFromRow = (r: any) => ({
  id: String(r.id),
  environment: opt(r.environment),
  revision: opt(r.revision),
  deployedAt: num(r.deployed_at),
  status: r.status as 'succeeded' | 'failed',
  kind: r.kind as 'normal' | 'rollback' | 'hotfix',
  url: opt(r.url),
});
const changeFromRow = (r: any) => ({
  sha: String(r.sha),
  firstCommitAt: num(r.first_commit_at),
  landedAt: num(r.landed_at),
  url: opt(r.url),
});
const incidentFromRow = (r: any) => ({
  id: String(r.id),
  openedAt: num(r.opened_at),
  resolvedAt: optNum(r.resolved_at),
  deploymentId: opt(r.deployment_id),
  revision: opt(r.revision),
  title: opt(r.title),
  url: opt(r.url),
});

// PostgreSQL allows 65535 bind parameters per statement; chunks keep IN lists well below that.
const CHUNK = 1000;
// Rows per INSERT: SQLite turns a multi-row insert into a compound SELECT of at most 500 terms.
const INSERT_CHUNK = 200;

function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The DORA plugin's tables: the durable inbox, the events, and the service map. */
export class DoraStore {
  static async create(database: DatabaseService): Promise<DoraStore> {
    const knex = await database.getClient();
    if (!database.migrations?.skip) {
      await knex.migrate.latest({ directory: migrationsDir });
    }
    return new DoraStore(knex);
  }

  constructor(readonly knex: Knex) {}

  /** Stores a delivery; false when this delivery was stored before. */
  async enqueue(delivery: NewDelivery, now = Date.now()): Promise<boolean> {
    const rows = await this.knex('dora_inbox')
      .insert({
        source: delivery.source,
        delivery_key: boundedKey(delivery.deliveryKey),
        event_type: delivery.eventType.slice(0, 64),
        payload: delivery.payload,
        received_at: now,
      })
      .onConflict(['source', 'delivery_key'])
      .ignore()
      .returning('id');
    return rows.length > 0;
  }

  /** Deliveries not yet processed, oldest first, after the given id. */
  async pendingDeliveries(limit: number, afterId = 0): Promise<PendingDelivery[]> {
    const rows = await this.knex('dora_inbox')
      .whereNull('processed_at')
      .andWhere('id', '>', afterId)
      .orderBy('id')
      .limit(limit)
      .select('id', 'source', 'event_type', 'payload');
    return rows.map(r => ({ id: num(r.id), source: r.source, eventType: r.event_type, payload: r.payload }));
  }

  async pendingCount(): Promise<number> {
    const [row] = await this.knex('dora_inbox').whereNull('processed_at').count({ n: '*' });
    return num(row.n);
  }

  /** When the oldest delivery still waiting to be read arrived; undefined when none waits. */
  async oldestPendingAt(): Promise<number | undefined> {
    const [row] = await this.knex('dora_inbox').whereNull('processed_at').min({ at: 'received_at' });
    return row?.at === null || row?.at === undefined ? undefined : num(row.at);
  }

  /** Keeps a delivery that could not be read, with the reason, out of the queue. */
  async markUnreadable(id: number, error: string, now = Date.now()): Promise<void> {
    await this.knex('dora_inbox')
      .where({ id })
      .update({ processed_at: now, error: error.slice(0, 2000) });
  }

  /**
   * Counts a failed attempt to store a delivery's events; at `maxAttempts` the delivery is set
   * aside as unreadable with the reason. Returns the attempts so far (0 when it cannot be counted,
   * e.g. while the database is away).
   */
  async failedAttempt(id: number, error: string, maxAttempts: number, now = Date.now()): Promise<number> {
    try {
      await this.knex('dora_inbox').where({ id }).increment('attempts', 1);
      const row = await this.knex('dora_inbox').where({ id }).first('attempts');
      const attempts = num(row?.attempts ?? 0);
      if (attempts >= maxAttempts) await this.markUnreadable(id, `Set aside after ${attempts} attempts to store its events: ${error}`, now);
      return attempts;
    } catch {
      return 0;
    }
  }

  /** Stores a delivery's events and marks it processed, in one transaction. */
  async apply(batch: EventBatch, deliveryId: number, now = Date.now()): Promise<void> {
    await this.knex.transaction(async tx => {
      for (const d of batch.deployments) await upsertDeployment(tx, d);
      for (const c of batch.changes) await upsertChange(tx, c);
      for (const i of batch.incidents) await upsertIncident(tx, i);
      await tx('dora_inbox').where({ id: deliveryId }).update({ processed_at: now });
    });
  }

  /** Replaces the whole service map with what the catalog says now. */
  async replaceServiceMap(mappings: ServiceMapping[]): Promise<void> {
    await this.knex.transaction(async tx => {
      await tx('dora_service_map').delete();
      for (const part of chunks(mappings, INSERT_CHUNK)) {
        await tx('dora_service_map').insert(
          part.map(m => ({
            service_kind: m.serviceKind,
            service_key: m.serviceKey,
            entity_ref: m.entityRef,
            production_environment: m.productionEnvironment,
          })),
        );
      }
    });
  }

  /**
   * The events of the given entities (every mapped entity when `entityRefs` is undefined),
   * grouped per entity. Entities without events are left out.
   */
  async eventsFor(entityRefs: string[] | undefined, range: EventRange): Promise<ServiceEvents[]> {
    const services = new Map<string, ServiceEvents>();
    const serviceOf = (row: { entity_ref: string; production_environment: string }) => {
      let s = services.get(row.entity_ref);
      if (!s) {
        s = { entityRef: row.entity_ref, productionEnvironment: row.production_environment, deployments: [], changes: [], incidents: [] };
        services.set(row.entity_ref, s);
      }
      return s;
    };
    const parts = entityRefs === undefined ? [undefined] : chunks(entityRefs);
    for (const refs of parts) {
      if (refs && refs.length === 0) continue;
      const joined = (table: string) => {
        const q = this.knex(`${table} as e`).join('dora_service_map as m', function on() {
          this.on('m.service_kind', '=', 'e.service_kind').andOn('m.service_key', '=', 'e.service_key');
        });
        return refs ? q.whereIn('m.entity_ref', refs) : q;
      };
      const [deployments, changes, incidents] = await Promise.all([
        joined('dora_deployments')
          .where('e.deployed_at', '>=', range.from)
          .andWhere('e.deployed_at', '<', range.to)
          .andWhere('e.status', 'succeeded')
          .select('e.*', 'm.entity_ref', 'm.production_environment'),
        joined('dora_changes')
          .where('e.landed_at', '>=', range.changesFrom)
          .andWhere('e.landed_at', '<', range.to)
          .select('e.sha', 'e.first_commit_at', 'e.landed_at', 'e.url', 'm.entity_ref', 'm.production_environment'),
        joined('dora_incidents')
          .where('e.opened_at', '<', range.to)
          .andWhere(q => q.whereNull('e.resolved_at').orWhere('e.resolved_at', '>=', range.from))
          .select('e.*', 'm.entity_ref', 'm.production_environment'),
      ]);
      for (const r of deployments) {
        const deployment = deploymentFromRow(r);
        serviceOf(r).deployments.push({ ...deployment, environment: deployment.environment ?? r.production_environment });
      }
      for (const r of changes) {
        serviceOf(r).changes.push(changeFromRow(r));
      }
      for (const r of incidents) {
        serviceOf(r).incidents.push(incidentFromRow(r));
      }
    }
    return [...services.values()];
  }

  /** Services named by events that no catalog entity claims. */
  async unmapped(): Promise<UnmappedSource[]> {
    const bySource = new Map<string, UnmappedSource>();
    const count = async (table: string, time: string, field: 'deployments' | 'changes' | 'incidents') => {
      const rows = (await this.knex(`${table} as e`)
        .leftJoin('dora_service_map as m', function on() {
          this.on('m.service_kind', '=', 'e.service_kind').andOn('m.service_key', '=', 'e.service_key');
        })
        .whereNull('m.entity_ref')
        .groupBy('e.service_kind', 'e.service_key')
        .select('e.service_kind', 'e.service_key')
        .count({ n: '*' })
        .max({ last: `e.${time}` })) as Array<{ service_kind: string; service_key: string; n: unknown; last: unknown }>;
      for (const r of rows) {
        const key = `${r.service_kind}\u0000${r.service_key}`;
        const entry = bySource.get(key) ?? {
          serviceKind: String(r.service_kind),
          serviceKey: String(r.service_key),
          deployments: 0,
          changes: 0,
          incidents: 0,
          lastSeenAt: 0,
        };
        entry[field] += num(r.n);
        entry.lastSeenAt = Math.max(entry.lastSeenAt, num(r.last));
        bySource.set(key, entry);
      }
    };
    await count('dora_deployments', 'deployed_at', 'deployments');
    await count('dora_changes', 'landed_at', 'changes');
    await count('dora_incidents', 'opened_at', 'incidents');
    return [...bySource.values()].sort((a, b) => b.lastSeenAt - a.lastSeenAt);
  }

  /** Deliveries that were received but could not be read, newest first. */
  async unreadable(limit = 100): Promise<UnreadableDelivery[]> {
    const rows = await this.knex('dora_inbox')
      .whereNotNull('error')
      .orderBy('id', 'desc')
      .limit(limit)
      .select('id', 'source', 'event_type', 'error', 'received_at');
    return rows.map(r => ({
      id: num(r.id),
      source: r.source,
      eventType: r.event_type,
      error: r.error,
      receivedAt: num(r.received_at),
    }));
  }
}

async function upsertDeployment(tx: Knex.Transaction, d: KeyedDeployment) {
  const existing = await tx('dora_deployments').where({ id: d.id }).first();
  let merged = d;
  if (existing) {
    const stored: KeyedDeployment = {
      ...deploymentFromRow(existing),
      serviceKind: existing.service_kind,
      serviceKey: existing.service_key,
    };
    // An unknown environment stays unknown only until a copy names one.
    const environment = stored.environment ?? d.environment;
    merged = {
      ...stored,
      ...mergeDeployments({ ...stored, environment: environment ?? '' }, { ...d, environment: environment ?? '' }),
      environment,
    };
  }
  const row = {
    id: merged.id,
    service_kind: merged.serviceKind,
    service_key: merged.serviceKey,
    environment: merged.environment ?? null,
    revision: merged.revision ?? null,
    deployed_at: merged.deployedAt,
    status: merged.status,
    kind: merged.kind,
    url: merged.url ?? null,
  };
  if (existing) await tx('dora_deployments').where({ id: d.id }).update(row);
  else await tx('dora_deployments').insert(row);
}

async function upsertChange(tx: Knex.Transaction, c: KeyedChange) {
  const key = { service_kind: c.serviceKind, service_key: c.serviceKey, sha: c.sha };
  const existing = await tx('dora_changes').where(key).first();
  const merged = existing ? mergeChanges(changeFromRow(existing), c) : c;
  const row = { ...key, first_commit_at: merged.firstCommitAt, landed_at: merged.landedAt, url: merged.url ?? null };
  if (existing) await tx('dora_changes').where(key).update(row);
  else await tx('dora_changes').insert(row);
}

async function upsertIncident(tx: Knex.Transaction, i: KeyedIncident) {
  const existing = await tx('dora_incidents').where({ id: i.id }).first();
  const merged = existing ? mergeIncidents(incidentFromRow(existing), i) : i;
  const row = {
    id: i.id,
    service_kind: i.serviceKind,
    service_key: i.serviceKey,
    opened_at: merged.openedAt,
    resolved_at: merged.resolvedAt ?? null,
    deployment_id: merged.deploymentId ?? null,
    revision: merged.revision ?? null,
    title: merged.title ?? null,
    url: merged.url ?? null,
  };
  if (existing) await tx('dora_incidents').where({ id: i.id }).update(row);
  else await tx('dora_incidents').insert(row);
}
