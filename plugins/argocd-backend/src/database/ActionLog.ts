import { DatabaseService, resolvePackagePath } from '@backstage/backend-plugin-api';
import { ApplicationAction } from '@internal/plugin-argocd-common';
import { Knex } from 'knex';

const migrationsDir = resolvePackagePath('@internal/plugin-argocd-backend', 'migrations');

/** The record of syncs and rollbacks started from the portal. */
export class ActionLog {
  static async create(database: DatabaseService): Promise<ActionLog> {
    const knex = await database.getClient();
    if (!database.migrations?.skip) await knex.migrate.latest({ directory: migrationsDir });
    return new ActionLog(knex);
  }

  constructor(private readonly knex: Knex) {}

  async record(action: Omit<ApplicationAction, 'id' | 'at'>, now = Date.now()): Promise<ApplicationAction> {
    const [row] = await this.knex('argocd_actions')
      .insert({
        entity_ref: action.entityRef,
        instance: action.instance,
        application: action.application,
        environment: action.environment,
        action: action.action,
        target: action.target ?? null,
        actor: action.actor,
        at: now,
        result: action.result,
        message: action.message.slice(0, 2000),
      })
      .returning('id');
    return { ...action, id: Number(typeof row === 'object' ? row.id : row), at: new Date(now).toISOString() };
  }

  async forEntity(entityRef: string, limit = 50): Promise<ApplicationAction[]> {
    const rows = await this.knex('argocd_actions').where({ entity_ref: entityRef }).orderBy('id', 'desc').limit(limit);
    return rows.map(r => ({
      id: Number(r.id),
      entityRef: r.entity_ref,
      instance: r.instance,
      application: r.application,
      environment: r.environment,
      action: r.action,
      target: r.target ?? undefined,
      actor: r.actor,
      at: new Date(Number(r.at)).toISOString(),
      result: r.result,
      message: r.message,
    }));
  }
}
