// @ts-check

/**
 * Assessments, one per scope and quarter, and the log of every change made to them.
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('maturity_assessments', table => {
    table.bigIncrements('id').primary();
    // 'platform', or the entity ref of a group or system, e.g. group:default/payments-team
    table.string('scope_ref', 255).notNullable();
    table.string('quarter', 7).notNullable();
    table.string('checklist_id', 100).notNullable();
    table.integer('checklist_version').notNullable();
    table.string('status', 20).notNullable(); // draft | submitted
    // Bumped on every write; a write naming an older revision is refused (409).
    table.integer('revision').notNullable();
    // { [questionId]: { value, evidenceUrl?, note? } }
    table.text('answers').notNullable();
    table.string('updated_by', 255).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.string('submitted_by', 255).nullable();
    table.timestamp('submitted_at', { useTz: true }).nullable();
    table.unique(['scope_ref', 'quarter']);
    table.index(['quarter']);
  });
  await knex.schema.createTable('maturity_assessment_changes', table => {
    table.bigIncrements('id').primary();
    table.bigInteger('assessment_id').unsigned().notNullable().references('id').inTable('maturity_assessments').onDelete('CASCADE');
    table.integer('revision').notNullable();
    table.string('actor', 255).notNullable();
    table.timestamp('at', { useTz: true }).notNullable();
    table.string('kind', 20).notNullable(); // answers | submit | reopen
    // [{ questionId, from, to }] for answer changes
    table.text('changes').notNullable();
    table.index(['assessment_id']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('maturity_assessment_changes');
  await knex.schema.dropTable('maturity_assessments');
};
