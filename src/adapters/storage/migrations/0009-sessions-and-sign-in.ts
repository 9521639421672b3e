// Console sessions and failed sign-ins (issue 6). A session row holds only the SHA-256
// of the cookie's token (the token itself is never stored) and the session's CSRF token.
// sign_in_attempts counts consecutive failures per (tenant, login) — known or not, so a
// lock never tells whether a login exists.
import type { Migration } from './migration.js';

export const m0009SessionsAndSignIn: Migration = {
  name: '0009-sessions-and-sign-in',
  up: async (db) => {
    await db.schema
      .createTable('sessions')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('session_hash', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('csrf_token', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .addColumn('last_seen_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('sessions_pk', ['tenant_id', 'session_hash'])
      .execute();
    await db.schema.createIndex('sessions_user_ix').on('sessions').columns(['tenant_id', 'user_id']).execute();
    await db.schema
      .createTable('sign_in_attempts')
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('login', 'text', (c) => c.notNull())
      .addColumn('failures', 'integer', (c) => c.notNull())
      .addColumn('last_failed_at', 'bigint', (c) => c.notNull())
      .addColumn('locked_until', 'bigint')
      .addPrimaryKeyConstraint('sign_in_attempts_pk', ['tenant_id', 'login'])
      .execute();
  },
};
