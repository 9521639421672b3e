// A forward-only schema change. The same `up` runs on SQLite and PostgreSQL through
// Kysely's schema builder; dialect-specific SQL only behind a capability flag.
import type { Kysely } from 'kysely';
import type { SqlCapabilities } from '../sql/sql-capabilities.js';

export interface Migration {
  /** "NNNN-name", recorded in schema_migrations; never renamed once shipped. */
  readonly name: string;
  // Migrations see the schema as it was, not today's typed Database.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly up: (db: Kysely<any>, caps: SqlCapabilities) => Promise<void>;
}
