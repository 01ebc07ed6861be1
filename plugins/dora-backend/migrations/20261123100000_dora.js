// @ts-check

/**
 * The inbox of received deliveries, the delivery events read from them, and the map from the
 * services events name (repository, Argo CD app, PagerDuty service) to catalog entities.
 * Times are milliseconds since the epoch in bigint columns, so SQLite and PostgreSQL compare alike.
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('dora_inbox', table => {
    table.bigIncrements('id').primary();
    table.string('source', 32).notNullable(); // github | argocd | incident | pagerduty | api
    // The sender's delivery id (or a key built from the event): a redelivery is not stored twice.
    table.string('delivery_key', 255).notNullable();
    table.string('event_type', 64).notNullable();
    table.text('payload').notNullable();
    table.bigInteger('received_at').notNullable();
    table.bigInteger('processed_at').nullable();
    // Why the payload could not be read, if it could not; the row is kept for admins.
    table.text('error').nullable();
    table.unique(['source', 'delivery_key']);
    table.index(['processed_at']);
  });
  await knex.schema.createTable('dora_deployments', table => {
    table.string('id', 255).primary();
    table.string('service_kind', 32).notNullable();
    table.string('service_key', 255).notNullable();
    // Null when the sender does not say; the entity's production environment is then assumed.
    table.string('environment', 255).nullable();
    table.string('revision', 255).nullable();
    table.bigInteger('deployed_at').notNullable();
    table.string('status', 16).notNullable(); // succeeded | failed
    table.string('kind', 16).notNullable(); // normal | rollback | hotfix
    table.text('url').nullable();
    table.index(['service_kind', 'service_key', 'deployed_at']);
  });
  await knex.schema.createTable('dora_changes', table => {
    table.string('service_kind', 32).notNullable();
    table.string('service_key', 255).notNullable();
    table.string('sha', 64).notNullable();
    table.bigInteger('first_commit_at').notNullable();
    table.bigInteger('landed_at').notNullable();
    table.text('url').nullable();
    table.primary(['service_kind', 'service_key', 'sha']);
    table.index(['service_kind', 'service_key', 'landed_at']);
  });
  await knex.schema.createTable('dora_incidents', table => {
    table.string('id', 255).primary();
    table.string('service_kind', 32).notNullable();
    table.string('service_key', 255).notNullable();
    table.bigInteger('opened_at').notNullable();
    table.bigInteger('resolved_at').nullable();
    table.string('deployment_id', 255).nullable();
    table.string('revision', 255).nullable();
    table.text('title').nullable();
    table.text('url').nullable();
    table.index(['service_kind', 'service_key', 'opened_at']);
  });
  await knex.schema.createTable('dora_service_map', table => {
    table.string('service_kind', 32).notNullable();
    table.string('service_key', 255).notNullable();
    table.string('entity_ref', 255).notNullable();
    table.string('production_environment', 255).notNullable();
    table.primary(['service_kind', 'service_key', 'entity_ref']);
    table.index(['entity_ref']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('dora_service_map');
  await knex.schema.dropTable('dora_incidents');
  await knex.schema.dropTable('dora_changes');
  await knex.schema.dropTable('dora_deployments');
  await knex.schema.dropTable('dora_inbox');
};
