import type { Migration } from './migration.js';

export const m0002AccountsAndPeople: Migration = {
  name: '0002-accounts-and-people',
  up: async (db) => {
    await db.schema
      .createTable('accounts')
      .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.tenant_id'))
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('external_id', 'text', (c) => c.notNull())
      .addColumn('product', 'text', (c) => c.notNull())
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('principal_minor', 'bigint', (c) => c.notNull())
      .addColumn('balance_minor', 'bigint', (c) => c.notNull())
      .addColumn('overdue_minor', 'bigint', (c) => c.notNull())
      .addColumn('due_date', 'text', (c) => c.notNull())
      .addColumn('days_past_due', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('flags', 'text', (c) => c.notNull())
      .addColumn('debt_group', 'text')
      .addColumn('borrower_status', 'text')
      .addColumn('cease_received_at', 'bigint')
      .addColumn('disputed_at', 'bigint')
      .addColumn('verification_sent_at', 'bigint')
      .addColumn('attorney_known_at', 'bigint')
      .addColumn('import_hash', 'text')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('accounts_pk', ['tenant_id', 'account_id'])
      .addUniqueConstraint('accounts_external_uq', ['tenant_id', 'external_id'])
      .execute();
    await db.schema.createIndex('accounts_status_ix').on('accounts').columns(['tenant_id', 'status', 'days_past_due']).execute();
    await db.schema
      .createTable('people')
      .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.tenant_id'))
      .addColumn('person_id', 'text', (c) => c.notNull())
      .addColumn('phone_enc', 'text', (c) => c.notNull())
      .addColumn('phone_index', 'text', (c) => c.notNull())
      .addColumn('suppressed_at', 'bigint')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('people_pk', ['tenant_id', 'person_id'])
      .addUniqueConstraint('people_phone_uq', ['tenant_id', 'phone_index'])
      .execute();
    await db.schema
      .createTable('account_people')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('person_id', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('name_enc', 'text', (c) => c.notNull())
      .addColumn('email_enc', 'text')
      .addColumn('person_external_id', 'text')
      .addColumn('relationship', 'text')
      .addColumn('time_zones', 'text', (c) => c.notNull())
      .addColumn('locale', 'text', (c) => c.notNull())
      .addColumn('confirmation', 'text', (c) => c.notNull())
      .addColumn('confirmation_at', 'bigint')
      .addColumn('suppressed_at', 'bigint')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('account_people_pk', ['tenant_id', 'account_id', 'position'])
      .addForeignKeyConstraint('account_people_account_fk', ['tenant_id', 'account_id'], 'accounts', ['tenant_id', 'account_id'])
      .addForeignKeyConstraint('account_people_person_fk', ['tenant_id', 'person_id'], 'people', ['tenant_id', 'person_id'])
      .execute();
    await db.schema.createIndex('account_people_person_ix').on('account_people').columns(['tenant_id', 'person_id']).execute();
    await db.schema
      .createTable('payments')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('payment_id', 'text', (c) => c.notNull())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('external_id', 'text')
      .addColumn('amount_minor', 'bigint', (c) => c.notNull())
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('paid_at', 'bigint', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('payments_pk', ['tenant_id', 'payment_id'])
      .addUniqueConstraint('payments_external_uq', ['tenant_id', 'external_id'])
      .addForeignKeyConstraint('payments_account_fk', ['tenant_id', 'account_id'], 'accounts', ['tenant_id', 'account_id'])
      .execute();
    await db.schema.createIndex('payments_account_ix').on('payments').columns(['tenant_id', 'account_id', 'paid_at']).execute();
    await db.schema
      .createTable('plans')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('plan_id', 'text', (c) => c.notNull())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('total_minor', 'bigint', (c) => c.notNull())
      .addColumn('installments', 'text', (c) => c.notNull())
      .addColumn('proposed_at', 'bigint', (c) => c.notNull())
      .addColumn('decided_at', 'bigint')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('plans_pk', ['tenant_id', 'plan_id'])
      .addForeignKeyConstraint('plans_account_fk', ['tenant_id', 'account_id'], 'accounts', ['tenant_id', 'account_id'])
      .execute();
    await db.schema.createIndex('plans_account_ix').on('plans').columns(['tenant_id', 'account_id']).execute();
  },
};
