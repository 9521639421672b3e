import { sql } from 'kysely';
import type { Migration } from './migration.js';

// Blind indexes (Cipher.blindIndex) are now the HMAC's first 22 base64url characters
// instead of all 43: the people table's unique (tenant_id, phone_index) index takes half
// the bytes, so an import's random inserts touch fewer pages (docs/import.md "Speed").
// Every stored blind-index value is shortened to its prefix, which is exactly what the
// cipher computes now: people.phone_index (lookup by number), accounts.import_hash
// (re-import detection) and the portal's one-time codes (portal_otps.subject and
// code_hash). Plain SQL that SQLite and PostgreSQL both run.
const shorten = async (db: Parameters<Migration['up']>[0], table: string, column: string): Promise<void> => {
  await sql`update ${sql.table(table)} set ${sql.ref(column)} = substr(${sql.ref(column)}, 1, 22) where length(${sql.ref(column)}) > 22`.execute(db);
};

export const m0015ShortBlindIndex: Migration = {
  name: '0015-short-blind-index',
  up: async (db) => {
    await shorten(db, 'people', 'phone_index');
    await shorten(db, 'accounts', 'import_hash');
    await shorten(db, 'portal_otps', 'subject');
    await shorten(db, 'portal_otps', 'code_hash');
  },
};
