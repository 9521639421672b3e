import type { Migration } from './migration.js';

export const m0003MessagesAndLedger: Migration = {
  name: '0003-messages-and-ledger',
  up: async (db) => {
    // The outbox. person_id is null and person_hash set once the person is erased.
    await db.schema
      .createTable('messages')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('message_id', 'text', (c) => c.notNull())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('account_ids', 'text', (c) => c.notNull())
      .addColumn('person_id', 'text')
      .addColumn('person_hash', 'text')
      .addColumn('party', 'text', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('purpose', 'text', (c) => c.notNull())
      .addColumn('template_id', 'text')
      .addColumn('to_enc', 'text')
      .addColumn('body_enc', 'text')
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('decision', 'text', (c) => c.notNull())
      .addColumn('scheduled_at', 'bigint', (c) => c.notNull())
      .addColumn('verification_code', 'text', (c) => c.notNull())
      .addColumn('plan_key', 'text')
      .addColumn('provider_id', 'text')
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('state_at', 'bigint', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('messages_pk', ['tenant_id', 'message_id'])
      .addUniqueConstraint('messages_code_uq', ['tenant_id', 'verification_code'])
      .addUniqueConstraint('messages_plan_key_uq', ['tenant_id', 'plan_key'])
      .execute();
    await db.schema.createIndex('messages_due_ix').on('messages').columns(['tenant_id', 'state', 'scheduled_at']).execute();
    await db.schema.createIndex('messages_person_ix').on('messages').columns(['tenant_id', 'person_id']).execute();
    await db.schema.createIndex('messages_account_ix').on('messages').columns(['tenant_id', 'account_id']).execute();
    await db.schema.createIndex('messages_provider_ix').on('messages').columns(['tenant_id', 'provider_id']).execute();
    // The ledger: every attempt, result, inbound reply and receipt. Rows are never
    // deleted; erasure replaces person_id by person_hash and drops to/body.
    await db.schema
      .createTable('contact_events')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('event_id', 'text', (c) => c.notNull())
      .addColumn('at', 'bigint', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('direction', 'text', (c) => c.notNull())
      .addColumn('person_id', 'text')
      .addColumn('person_hash', 'text')
      .addColumn('party', 'text', (c) => c.notNull())
      .addColumn('account_ids', 'text', (c) => c.notNull())
      .addColumn('result', 'text', (c) => c.notNull())
      .addColumn('to_enc', 'text')
      .addColumn('body_enc', 'text')
      .addColumn('purpose', 'text')
      .addColumn('actor', 'text')
      .addColumn('message_id', 'text')
      .addColumn('provider_id', 'text')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('contact_events_pk', ['tenant_id', 'event_id'])
      .execute();
    await db.schema.createIndex('contact_events_person_ix').on('contact_events').columns(['tenant_id', 'person_id', 'at']).execute();
    await db.schema.createIndex('contact_events_hash_ix').on('contact_events').columns(['tenant_id', 'person_hash']).execute();
    await db.schema.createIndex('contact_events_at_ix').on('contact_events').columns(['tenant_id', 'at']).execute();
    await db.schema
      .createTable('suppressions')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .addColumn('scope', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('suppressions_pk', ['tenant_id', 'hash', 'scope'])
      .execute();
  },
};
