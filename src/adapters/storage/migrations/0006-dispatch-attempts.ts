import type { Migration } from './migration.js';

// The dispatcher's attempt journal (docs/dispatcher.md): one row per claim of a
// message. Who claimed it and when (the lease), and what the transport answered —
// the record that later proves "accepted" or "not accepted" after a crash. One row per
// (message, attempt): a second claim of the same attempt fails on the primary key.
export const m0006DispatchAttempts: Migration = {
  name: '0006-dispatch-attempts',
  up: async (db) => {
    await db.schema
      .createTable('dispatch_attempts')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('message_id', 'text', (c) => c.notNull())
      .addColumn('attempt', 'integer', (c) => c.notNull())
      .addColumn('worker', 'text', (c) => c.notNull())
      .addColumn('claimed_at', 'bigint', (c) => c.notNull())
      // accepted | not_accepted | maybe_accepted | lease_expired; null while in flight.
      .addColumn('outcome', 'text')
      .addColumn('reason', 'text')
      .addColumn('provider_id', 'text')
      .addColumn('outcome_at', 'bigint')
      .addPrimaryKeyConstraint('dispatch_attempts_pk', ['tenant_id', 'message_id', 'attempt'])
      .execute();
    await db.schema.createIndex('dispatch_attempts_open_ix').on('dispatch_attempts').columns(['tenant_id', 'outcome', 'claimed_at']).execute();
    // Ledger rows written by a claim are found by message (reconciliation, evidence).
    await db.schema.createIndex('contact_events_message_ix').on('contact_events').columns(['tenant_id', 'message_id']).execute();
  },
};
