import type { Migration } from './migration.js';

// Delivery receipts are kept in their own table, not in contact_events: a receipt is not
// a contact, and the policy engine counts every outbound ledger row that is not `failed`
// against caps. A receipt whose provider id matches no message yet (it can arrive before
// the dispatcher stored the id) is kept with message_id null and applied later.
// inbound_reviews flags inbound ledger rows an agent has to read (replies Tact does not
// understand, "not me" from a borrower's number).
export const m0007ReceiptsAndReviews: Migration = {
  name: '0007-receipts-and-reviews',
  up: async (db) => {
    await db.schema
      .createTable('delivery_receipts')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('receipt_id', 'text', (c) => c.notNull())
      .addColumn('provider_id', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('error_code', 'text')
      .addColumn('at', 'bigint', (c) => c.notNull())
      .addColumn('message_id', 'text')
      .addColumn('applied_at', 'bigint')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('delivery_receipts_pk', ['tenant_id', 'receipt_id'])
      .execute();
    await db.schema
      .createIndex('delivery_receipts_provider_ix')
      .on('delivery_receipts')
      .columns(['tenant_id', 'provider_id'])
      .execute();
    await db.schema
      .createTable('inbound_reviews')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('event_id', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('resolved_at', 'bigint')
      .addPrimaryKeyConstraint('inbound_reviews_pk', ['tenant_id', 'event_id'])
      .execute();
    await db.schema.createIndex('inbound_reviews_open_ix').on('inbound_reviews').columns(['tenant_id', 'resolved_at']).execute();
  },
};
