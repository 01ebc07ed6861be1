// @ts-check

/**
 * Every sync and rollback started from the portal: who, what, when, and what came of it.
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('argocd_actions', table => {
    table.bigIncrements('id').primary();
    table.string('entity_ref', 255).notNullable();
    table.string('instance', 255).notNullable();
    table.string('application', 255).notNullable();
    table.string('environment', 255).notNullable();
    table.string('action', 16).notNullable(); // sync | rollback
    table.string('target', 255).nullable(); // history id rolled back to
    table.string('actor', 255).notNullable();
    table.bigInteger('at').notNullable();
    table.string('result', 16).notNullable(); // succeeded | failed
    table.text('message').notNullable();
    table.index(['entity_ref', 'at']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('argocd_actions');
};
