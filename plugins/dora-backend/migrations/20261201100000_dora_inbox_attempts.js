// @ts-check

/**
 * How many times the inbox tried to store a delivery's events: after a bounded number the
 * delivery is set aside with its reason (a dead letter admins see) instead of staying pending.
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('dora_inbox', table => {
    table.integer('attempts').notNullable().defaultTo(0);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('dora_inbox', table => {
    table.dropColumn('attempts');
  });
};
