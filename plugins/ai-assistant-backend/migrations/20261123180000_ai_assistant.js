// @ts-check

/**
 * Conversations with the assistant, their messages and the audit trail of prompts, tool calls
 * and answers (all redacted). Times are ISO 8601 UTC strings of one fixed width, so SQLite and
 * PostgreSQL compare them alike.
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('ai_conversations', table => {
    table.string('id', 64).primary();
    table.string('owner', 255).notNullable();
    table.string('title', 255).notNullable();
    table.string('entity_ref', 255).nullable();
    // Once set never cleared: the conversation touched a confidential entity.
    table.boolean('confidential').notNullable().defaultTo(false);
    table.string('created_at', 24).notNullable();
    table.string('updated_at', 24).notNullable();
    table.index(['owner', 'updated_at']);
  });
  await knex.schema.createTable('ai_messages', table => {
    table.string('id', 64).primary();
    table.string('conversation_id', 64).notNullable().references('id').inTable('ai_conversations').onDelete('CASCADE');
    table.string('role', 16).notNullable();
    table.text('text').notNullable();
    table.string('provider', 128).nullable();
    table.text('citations').notNullable();
    table.text('tools').notNullable();
    table.text('error').nullable();
    table.string('created_at', 24).notNullable();
    table.index(['conversation_id', 'created_at']);
  });
  // Kept when a conversation is deleted: the record of what was sent where outlives the chat.
  await knex.schema.createTable('ai_audit', table => {
    table.bigIncrements('id').primary();
    table.string('at', 24).notNullable();
    table.string('user_ref', 255).notNullable();
    table.string('conversation_id', 64).notNullable();
    table.string('event', 32).notNullable();
    table.string('provider', 128).nullable();
    table.text('detail').notNullable();
    table.index(['user_ref', 'event', 'at']);
    table.index(['conversation_id', 'id']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('ai_audit');
  await knex.schema.dropTable('ai_messages');
  await knex.schema.dropTable('ai_conversations');
};
