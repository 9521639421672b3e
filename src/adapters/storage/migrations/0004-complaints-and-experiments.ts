import type { Migration } from './migration.js';

export const m0004ComplaintsAndExperiments: Migration = {
  name: '0004-complaints-and-experiments',
  up: async (db) => {
    await db.schema
      .createTable('complaints')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('complaint_id', 'text', (c) => c.notNull())
      .addColumn('account_id', 'text')
      .addColumn('person_id', 'text')
      .addColumn('person_hash', 'text')
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('category', 'text', (c) => c.notNull())
      .addColumn('details_enc', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('received_at', 'bigint', (c) => c.notNull())
      .addColumn('resolved_at', 'bigint')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('complaints_pk', ['tenant_id', 'complaint_id'])
      .execute();
    await db.schema.createIndex('complaints_status_ix').on('complaints').columns(['tenant_id', 'status', 'received_at']).execute();
    await db.schema.createIndex('complaints_person_ix').on('complaints').columns(['tenant_id', 'person_id']).execute();
    await db.schema
      .createTable('experiments')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('experiment_id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('arms', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('experiments_pk', ['tenant_id', 'experiment_id'])
      .execute();
    // Recorded once per (experiment, account): the arm never changes afterwards.
    await db.schema
      .createTable('experiment_assignments')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('experiment_id', 'text', (c) => c.notNull())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('arm', 'text', (c) => c.notNull())
      .addColumn('assigned_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('experiment_assignments_pk', ['tenant_id', 'experiment_id', 'account_id'])
      .execute();
  },
};
