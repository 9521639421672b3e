import type { Migration } from './migration.js';

// Strategies (docs/strategies.md): a tenant's versioned ladders of steps. A version is
// never edited once saved; at most one version per tenant is `active` at a time (the
// store retires the previous one in the same transaction).
export const m0005Strategies: Migration = {
  name: '0005-strategies',
  up: async (db) => {
    await db.schema
      .createTable('strategies')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('strategy_id', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('strategies_pk', ['tenant_id', 'strategy_id', 'version'])
      .execute();
    await db.schema.createIndex('strategies_status_ix').on('strategies').columns(['tenant_id', 'status']).execute();
  },
};
