// The public portal (docs/portal.md): a cross-tenant index on verification codes (the
// /v/CODE page looks a code up without knowing the tenant), one-time codes and borrower
// sessions (both hold only hashes of the secret), per-tenant portal settings (plan rules,
// repayment channels), and a person's designated inconvenient times and media.
import type { Migration } from './migration.js';

export const m0011Portal: Migration = {
  name: '0011-portal',
  up: async (db) => {
    // messages_code_uq leads with tenant_id; the portal knows only the code (the one
    // index that does not lead with tenant_id: this lookup is cross-tenant by nature).
    await db.schema.createIndex('messages_verification_code_ix').on('messages').columns(['verification_code']).execute();
    // One-time codes. tenant_id = the tenant of an access/erasure code, '' for sign-in
    // (any tenant); subject = keyed hash of the number (never the number); code_hash =
    // keyed hash of the 6 digits bound to the otp id.
    await db.schema
      .createTable('portal_otps')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('otp_id', 'text', (c) => c.notNull())
      .addColumn('purpose', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('code_hash', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .addColumn('consumed_at', 'bigint')
      .addPrimaryKeyConstraint('portal_otps_pk', ['tenant_id', 'otp_id'])
      .execute();
    await db.schema.createIndex('portal_otps_subject_ix').on('portal_otps').columns(['tenant_id', 'subject', 'purpose', 'created_at']).execute();
    // Sessions of a number proven by a one-time code (tenant_id '': a number, not a
    // tenant, signs in). The cookie carries a random token; only its SHA-256 is stored.
    await db.schema
      .createTable('portal_sessions')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('session_hash', 'text', (c) => c.notNull())
      .addColumn('phone_enc', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .addColumn('ended_at', 'bigint')
      .addPrimaryKeyConstraint('portal_sessions_pk', ['tenant_id', 'session_hash'])
      .execute();
    // JSON documents (canonical text): plan rules and repayment channels.
    await db.schema
      .createTable('portal_settings')
      .addColumn('tenant_id', 'text', (c) => c.primaryKey())
      .addColumn('plan_rules', 'text', (c) => c.notNull())
      .addColumn('repayment', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();
    // A person's designated inconvenient times/media (JSON array of InconvenientTime).
    await db.schema
      .createTable('person_preferences')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('person_id', 'text', (c) => c.notNull())
      .addColumn('inconvenient', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('person_preferences_pk', ['tenant_id', 'person_id'])
      .execute();
  },
};
