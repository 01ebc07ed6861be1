// @ts-check

/**
 * Actions planned for unmet questions. They belong to a scope, not a quarter: an open action
 * shows in every quarter from the one it was created in until it is done or dropped.
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('maturity_actions', table => {
    table.bigIncrements('id').primary();
    table.string('scope_ref', 255).notNullable();
    table.string('question_id', 255).notNullable();
    table.string('title', 500).notNullable();
    table.string('owner_ref', 255).notNullable();
    table.string('due_date', 10).notNullable(); // YYYY-MM-DD
    table.string('status', 20).notNullable(); // open | in-progress | done | dropped
    table.string('created_quarter', 7).notNullable();
    table.string('closed_quarter', 7).nullable();
    table.string('created_by', 255).notNullable();
    table.string('updated_by', 255).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.index(['scope_ref']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('maturity_actions');
};
