import { DatabaseService } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import { ActionStatus, MaturityAction, Quarter, compareQuarters } from '@internal/plugin-maturity-common';
import { Knex } from 'knex';
import { connect } from './connect';

interface ActionRow {
  id: number | string;
  scope_ref: string;
  question_id: string;
  title: string;
  owner_ref: string;
  due_date: string;
  status: string;
  created_quarter: string;
  closed_quarter: string | null;
  created_by: string;
  updated_by: string;
  updated_at: Date | string;
}

const toAction = (r: ActionRow): MaturityAction => ({
  id: String(r.id),
  scopeRef: r.scope_ref,
  questionId: r.question_id,
  title: r.title,
  ownerRef: r.owner_ref,
  dueDate: r.due_date,
  status: r.status as ActionStatus,
  createdQuarter: r.created_quarter as Quarter,
  ...(r.closed_quarter && { closedQuarter: r.closed_quarter as Quarter }),
  createdBy: r.created_by,
  updatedBy: r.updated_by,
  updatedAt: new Date(r.updated_at).toISOString(),
});

const isClosed = (status: ActionStatus) => status === 'done' || status === 'dropped';

/** Action plans on the plugin's database (SQLite or PostgreSQL). */
export class ActionStore {
  static async create(options: { database: DatabaseService; now?: () => Date }) {
    return new ActionStore(await connect(options.database), options.now);
  }

  private constructor(private readonly knex: Knex, private readonly now: () => Date = () => new Date()) {}

  /**
   * The actions of a scope as seen in a quarter: created in it or before, and still open or closed
   * in that quarter. Open actions therefore carry over into every later quarter.
   */
  async list(scopeRef: string, quarter: Quarter): Promise<MaturityAction[]> {
    const rows = await this.knex<ActionRow>('maturity_actions').where({ scope_ref: scopeRef }).orderBy('id');
    return rows
      .map(toAction)
      .filter(a => compareQuarters(a.createdQuarter, quarter) <= 0)
      .filter(a => !a.closedQuarter || compareQuarters(a.closedQuarter, quarter) >= 0);
  }

  async get(id: string): Promise<MaturityAction> {
    const row = await this.knex<ActionRow>('maturity_actions')
      .where({ id: Number(id) })
      .first();
    if (!row) throw new NotFoundError(`No action ${id}`);
    return toAction(row);
  }

  async create(input: {
    scopeRef: string;
    questionId: string;
    title: string;
    ownerRef: string;
    dueDate: string;
    quarter: Quarter;
    actor: string;
  }): Promise<MaturityAction> {
    const [inserted] = await this.knex('maturity_actions')
      .insert({
        scope_ref: input.scopeRef,
        question_id: input.questionId,
        title: input.title,
        owner_ref: input.ownerRef,
        due_date: input.dueDate,
        status: 'open',
        created_quarter: input.quarter,
        created_by: input.actor,
        updated_by: input.actor,
        updated_at: this.now(),
      })
      .returning('id');
    return this.get(String(typeof inserted === 'object' ? inserted.id : inserted));
  }

  async update(
    id: string,
    change: Partial<Pick<MaturityAction, 'title' | 'ownerRef' | 'dueDate' | 'status'>>,
    quarter: Quarter,
    actor: string,
  ): Promise<MaturityAction> {
    const current = await this.get(id);
    const status = change.status ?? current.status;
    let closedQuarter: Quarter | null = current.closedQuarter ?? null;
    if (isClosed(status) && !isClosed(current.status)) closedQuarter = quarter;
    if (!isClosed(status)) closedQuarter = null;
    await this.knex('maturity_actions')
      .where({ id: Number(id) })
      .update({
        ...(change.title !== undefined && { title: change.title }),
        ...(change.ownerRef !== undefined && { owner_ref: change.ownerRef }),
        ...(change.dueDate !== undefined && { due_date: change.dueDate }),
        status,
        closed_quarter: closedQuarter,
        updated_by: actor,
        updated_at: this.now(),
      });
    return this.get(id);
  }
}
