import { DatabaseService } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import { AnswerChange, AnswerRecord, Assessment, AssessmentChange, Quarter, ScopeRef, compareQuarters } from '@internal/plugin-maturity-common';
import { Knex } from 'knex';
import { AssessmentStore, SaveAnswersInput } from './AssessmentStore';
import { AssessmentLockedError, StaleRevisionError } from './errors';
import { connect } from './connect';

interface AssessmentRow {
  id: number | string;
  scope_ref: string;
  quarter: string;
  checklist_id: string;
  checklist_version: number;
  status: string;
  revision: number;
  answers: string;
  updated_by: string;
  updated_at: Date | string;
  submitted_by: string | null;
  submitted_at: Date | string | null;
}

const iso = (value: Date | string) => new Date(value).toISOString();

function toAssessment(row: AssessmentRow): Assessment {
  return {
    scopeRef: row.scope_ref,
    quarter: row.quarter as Quarter,
    checklistId: row.checklist_id,
    checklistVersion: Number(row.checklist_version),
    status: row.status as Assessment['status'],
    revision: Number(row.revision),
    answers: JSON.parse(row.answers),
    updatedBy: row.updated_by,
    updatedAt: iso(row.updated_at),
    ...(row.submitted_by && { submittedBy: row.submitted_by }),
    ...(row.submitted_at && { submittedAt: iso(row.submitted_at) }),
  };
}

const same = (a: AnswerRecord | null, b: AnswerRecord | null) => JSON.stringify(a) === JSON.stringify(b);

/** The assessment store on the plugin's database (SQLite or PostgreSQL), with Knex migrations. */
export class DatabaseAssessmentStore implements AssessmentStore {
  static async create(options: { database: DatabaseService; now?: () => Date }) {
    return new DatabaseAssessmentStore(await connect(options.database), options.now ?? (() => new Date()));
  }

  private constructor(private readonly knex: Knex, private readonly now: () => Date) {}

  private async row(tx: Knex, scopeRef: ScopeRef, quarter: Quarter) {
    return tx<AssessmentRow>('maturity_assessments').where({ scope_ref: scopeRef, quarter }).first();
  }

  async get(scopeRef: ScopeRef, quarter: Quarter) {
    const row = await this.row(this.knex, scopeRef, quarter);
    return row ? toAssessment(row) : undefined;
  }

  async saveAnswers(input: SaveAnswersInput): Promise<Assessment> {
    return this.knex.transaction(async tx => {
      const at = this.now();
      const existing = await this.row(tx, input.scopeRef, input.quarter);
      const current = existing ? toAssessment(existing) : undefined;
      if ((current?.revision ?? 0) !== input.expectedRevision) {
        if (!current) throw new NotFoundError(`No assessment of ${input.scopeRef} for ${input.quarter} yet; save it with revision 0`);
        throw new StaleRevisionError(input.expectedRevision, current);
      }
      if (current?.status === 'submitted') throw new AssessmentLockedError(current);

      const answers: Record<string, AnswerRecord> = { ...(current?.answers ?? {}) };
      const changes: AnswerChange[] = [];
      for (const [questionId, to] of Object.entries(input.answers)) {
        const from = answers[questionId] ?? null;
        if (same(from, to)) continue;
        changes.push({ questionId, from, to });
        if (to) answers[questionId] = to;
        else delete answers[questionId];
      }
      const revision = input.expectedRevision + 1;
      const values = {
        answers: JSON.stringify(answers),
        revision,
        updated_by: input.actor,
        updated_at: at,
      };
      let id: number | string;
      if (existing) {
        // The revision condition makes a concurrent writer that read the same revision lose.
        const updated = await tx('maturity_assessments').where({ id: existing.id, revision: input.expectedRevision }).update(values);
        if (updated !== 1) throw new StaleRevisionError(input.expectedRevision, (await this.get(input.scopeRef, input.quarter))!);
        id = existing.id;
      } else {
        const inserted = await tx('maturity_assessments')
          .insert({
            ...values,
            scope_ref: input.scopeRef,
            quarter: input.quarter,
            checklist_id: input.checklist.id,
            checklist_version: input.checklist.version,
            status: 'draft',
          })
          .returning('id')
          .catch(async error => {
            // Someone else created it first: their work stays, this writer gets a conflict.
            const now = await this.get(input.scopeRef, input.quarter);
            if (now) throw new StaleRevisionError(input.expectedRevision, now);
            throw error;
          });
        id = typeof inserted[0] === 'object' ? inserted[0].id : inserted[0];
      }
      await this.log(tx, id, revision, input.actor, at, 'answers', changes);
      return toAssessment((await this.row(tx, input.scopeRef, input.quarter))!);
    });
  }

  async submit(input: { scopeRef: ScopeRef; quarter: Quarter; expectedRevision: number; actor: string }) {
    return this.setStatus(input, 'submitted');
  }

  async reopen(input: { scopeRef: ScopeRef; quarter: Quarter; actor: string }) {
    return this.setStatus({ ...input, expectedRevision: undefined }, 'draft');
  }

  private async setStatus(input: { scopeRef: ScopeRef; quarter: Quarter; expectedRevision?: number; actor: string }, status: 'draft' | 'submitted') {
    return this.knex.transaction(async tx => {
      const row = await this.row(tx, input.scopeRef, input.quarter);
      if (!row) throw new NotFoundError(`No assessment of ${input.scopeRef} for ${input.quarter}`);
      const current = toAssessment(row);
      if (input.expectedRevision !== undefined && input.expectedRevision !== current.revision) {
        throw new StaleRevisionError(input.expectedRevision, current);
      }
      if (status === 'submitted' && current.status === 'submitted') throw new AssessmentLockedError(current);
      const at = this.now();
      const revision = current.revision + 1;
      await tx('maturity_assessments')
        .where({ id: row.id, revision: current.revision })
        .update({
          status,
          revision,
          updated_by: input.actor,
          updated_at: at,
          submitted_by: status === 'submitted' ? input.actor : null,
          submitted_at: status === 'submitted' ? at : null,
        });
      await this.log(tx, row.id, revision, input.actor, at, status === 'submitted' ? 'submit' : 'reopen', []);
      return toAssessment((await this.row(tx, input.scopeRef, input.quarter))!);
    });
  }

  private async log(
    tx: Knex,
    assessmentId: number | string,
    revision: number,
    actor: string,
    at: Date,
    kind: AssessmentChange['kind'],
    changes: AnswerChange[],
  ) {
    await tx('maturity_assessment_changes').insert({
      assessment_id: assessmentId,
      revision,
      actor,
      at,
      kind,
      changes: JSON.stringify(changes),
    });
  }

  async changes(scopeRef: ScopeRef, quarter: Quarter): Promise<AssessmentChange[]> {
    const rows = await this.knex('maturity_assessment_changes as c')
      .join('maturity_assessments as a', 'a.id', 'c.assessment_id')
      .where({ 'a.scope_ref': scopeRef, 'a.quarter': quarter })
      .orderBy('c.revision', 'asc')
      .select('c.revision', 'c.actor', 'c.at', 'c.kind', 'c.changes');
    return rows.map(r => ({
      revision: Number(r.revision),
      actor: r.actor,
      at: iso(r.at),
      kind: r.kind,
      changes: JSON.parse(r.changes),
    }));
  }

  async listByQuarter(quarter: Quarter) {
    const rows = await this.knex<AssessmentRow>('maturity_assessments').where({ quarter });
    return rows.map(toAssessment).sort((a, b) => a.scopeRef.localeCompare(b.scopeRef));
  }

  async history(scopeRef: ScopeRef) {
    const rows = await this.knex<AssessmentRow>('maturity_assessments').where({ scope_ref: scopeRef });
    return rows.map(toAssessment).sort((a, b) => compareQuarters(a.quarter, b.quarter));
  }
}
