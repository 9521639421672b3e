import type { Migration } from './migration.js';

// API keys (table from 0001) get a label (what the key is for, shown in lists) and an
// index on the hash alone: a request names no tenant before its key is resolved, so the
// resolver looks a key up by hash across tenants (the only cross-tenant read besides
// listTenantIds).
export const m0014ApiKeyLabels: Migration = {
  name: '0014-api-key-labels',
  up: async (db) => {
    await db.schema.alterTable('api_keys').addColumn('label', 'text').execute();
    await db.schema.createIndex('api_keys_hash_ix').on('api_keys').column('key_hash').execute();
  },
};
