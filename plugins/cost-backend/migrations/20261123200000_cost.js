// @ts-check

/**
 * Daily costs as each source reported them, the map from what they name to catalog entities,
 * each source's freshness, budgets, and the alerts already sent.
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('cost_daily', table => {
    table.string('source', 64).notNullable(); // opencost | aws | focus:<name>
    table.string('date', 10).notNullable(); // YYYY-MM-DD (UTC)
    table.string('dimension_kind', 16).notNullable(); // namespace | label | controller | tag
    table.string('dimension_key', 255).notNullable();
    table.string('category', 16).notNullable(); // compute | memory | storage | network | other
    table.double('amount').notNullable();
    table.primary(['source', 'date', 'dimension_kind', 'dimension_key', 'category']);
    table.index(['dimension_kind', 'dimension_key', 'date']);
    table.index(['date']);
  });
  await knex.schema.createTable('cost_dimension_map', table => {
    table.string('dimension_kind', 16).notNullable();
    table.string('dimension_key', 255).notNullable();
    table.string('entity_ref', 255).notNullable();
    // One owner per dimension, so every cost is counted once.
    table.primary(['dimension_kind', 'dimension_key']);
    table.index(['entity_ref']);
  });
  await knex.schema.createTable('cost_source_status', table => {
    table.string('source', 64).primary();
    table.bigInteger('last_success_at').nullable();
    table.bigInteger('last_attempt_at').nullable();
    table.text('last_error').nullable();
    table.integer('consecutive_failures').notNullable().defaultTo(0);
  });
  await knex.schema.createTable('cost_budgets', table => {
    table.string('entity_ref', 255).primary();
    table.double('monthly_amount').notNullable();
    table.text('thresholds').notNullable(); // JSON array of shares, e.g. [0.8, 1]
    table.string('updated_by', 255).notNullable();
    table.bigInteger('updated_at').notNullable();
  });
  await knex.schema.createTable('cost_alerts', table => {
    table.string('entity_ref', 255).notNullable();
    table.string('period', 7).notNullable(); // YYYY-MM
    table.double('threshold').notNullable();
    table.bigInteger('sent_at').notNullable();
    table.primary(['entity_ref', 'period', 'threshold']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  for (const t of ['cost_alerts', 'cost_budgets', 'cost_source_status', 'cost_dimension_map', 'cost_daily']) {
    await knex.schema.dropTable(t);
  }
};
