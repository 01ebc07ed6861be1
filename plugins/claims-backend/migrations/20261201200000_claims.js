// @ts-check

/**
 * Admins' approvals of claims (one entity per resource), and what outside systems say about
 * their resources (the entities and repositories they name, their labels), as the last report.
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('claim_approvals', table => {
    table.string('kind', 32).notNullable();
    table.string('value', 255).notNullable();
    table.string('entity_ref', 255).notNullable();
    table.string('approved_by', 255).notNullable();
    table.bigInteger('approved_at').notNullable();
    table.primary(['kind', 'value']);
  });
  await knex.schema.createTable('claim_facts', table => {
    table.string('kind', 32).notNullable();
    table.string('value', 255).notNullable();
    // JSON: { entityRefs, repositories, labels }
    table.text('fact').notNullable();
    table.bigInteger('reported_at').notNullable();
    table.primary(['kind', 'value']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('claim_facts');
  await knex.schema.dropTable('claim_approvals');
};
