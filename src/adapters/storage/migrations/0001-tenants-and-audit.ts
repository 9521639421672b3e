import type { Migration } from './migration.js';

export const m0001TenantsAndAudit: Migration = {
  name: '0001-tenants-and-audit',
  up: async (db) => {
    await db.schema
      .createTable('tenants')
      .addColumn('tenant_id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('pack', 'text', (c) => c.notNull())
      .addColumn('default_region', 'text', (c) => c.notNull())
      .addColumn('time_zone', 'text', (c) => c.notNull())
      .addColumn('locale', 'text', (c) => c.notNull())
      .addColumn('salt', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('users')
      .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.tenant_id'))
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('login', 'text', (c) => c.notNull())
      .addColumn('name_enc', 'text')
      .addColumn('email_enc', 'text')
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('disabled_at', 'bigint')
      .addPrimaryKeyConstraint('users_pk', ['tenant_id', 'user_id'])
      .addUniqueConstraint('users_login_uq', ['tenant_id', 'login'])
      .execute();
    await db.schema
      .createTable('api_keys')
      .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.tenant_id'))
      .addColumn('key_id', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text')
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('key_hash', 'text', (c) => c.notNull())
      .addColumn('key_prefix', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('revoked_at', 'bigint')
      .addColumn('last_used_at', 'bigint')
      .addPrimaryKeyConstraint('api_keys_pk', ['tenant_id', 'key_id'])
      .addUniqueConstraint('api_keys_hash_uq', ['tenant_id', 'key_hash'])
      .execute();
    await db.schema
      .createTable('audit_events')
      .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.tenant_id'))
      .addColumn('seq', 'bigint', (c) => c.notNull())
      .addColumn('at', 'bigint', (c) => c.notNull())
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('data', 'text', (c) => c.notNull())
      .addColumn('prev_hash', 'text', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('audit_events_pk', ['tenant_id', 'seq'])
      .execute();
    await db.schema
      .createTable('audit_heads')
      .addColumn('tenant_id', 'text', (c) => c.primaryKey().references('tenants.tenant_id'))
      .addColumn('seq', 'bigint', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('audit_events_type_ix')
      .on('audit_events')
      .columns(['tenant_id', 'type', 'at'])
      .execute();
  },
};
