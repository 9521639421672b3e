// What separates SQLite from PostgreSQL, as flags (STYLE.md: no `if (postgres)`). The
// shared Kysely code reads these; each dialect factory fills them in once.
import type { StoreCapabilities } from '../../../app/ports/store.js';

export interface SqlCapabilities extends StoreCapabilities {
  /** Row locks with SELECT … FOR UPDATE (chain head, claims). */
  readonly supportsForUpdate: boolean;
  /** pg_advisory_xact_lock for the migration lock. */
  readonly supportsAdvisoryLocks: boolean;
  /** The statement that opens a write transaction; SQLite takes its write lock at BEGIN. */
  readonly beginWrite: 'begin' | 'begin immediate';
  /** Bind parameters allowed in one statement; multi-row inserts are chunked below it. */
  readonly maxParameters: number;
  /**
   * How one bind parameter carries a list of values (value-list.ts): a native array
   * (`unnest($1)`, PostgreSQL) or a JSON text read with `json_each` (SQLite). Either way
   * the SQL text does not depend on the list's length, so a prepared statement is reused.
   */
  readonly listParameter: 'array' | 'json';
}
