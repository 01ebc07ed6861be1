// @ts-check

/**
 * Runs of self-service actions and their audit trail. Times are ISO 8601 UTC strings of one
 * fixed width, so SQLite and PostgreSQL compare them alike.
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('n8n_action_runs', table => {
    table.string('id', 64).primary();
    table.string('action_id', 128).notNullable();
    table.string('entity_ref', 255).notNullable();
    table.string('requester', 255).notNullable();
    // The caller's idempotency key: the same request again returns the same run.
    table.string('request_key', 255).nullable();
    table.text('parameters').notNullable();
    table.string('status', 32).notNullable();
    table.text('reason').nullable();
    table.text('approvers').notNullable();
    table.integer('required_approvals').notNullable();
    table.text('approvals').notNullable();
    table.string('created_at', 24).notNullable();
    // Set once, when the workflow is called: the claim that keeps a run from being triggered twice.
    table.string('triggered_at', 24).nullable();
    table.string('finished_at', 24).nullable();
    table.string('expires_at', 24).nullable();
    table.string('expired_at', 24).nullable();
    table.string('execution_id', 64).nullable();
    table.unique(['requester', 'request_key']);
    table.index(['entity_ref', 'created_at']);
    table.index(['status', 'expires_at']);
  });
  await knex.schema.createTable('n8n_action_audit', table => {
    table.bigIncrements('id').primary();
    table.string('run_id', 64).notNullable().references('id').inTable('n8n_action_runs').onDelete('CASCADE');
    table.string('at', 24).notNullable();
    table.string('actor', 255).notNullable();
    table.string('event', 32).notNullable();
    table.text('detail').nullable();
    table.index(['run_id', 'id']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('n8n_action_audit');
  await knex.schema.dropTable('n8n_action_runs');
};
