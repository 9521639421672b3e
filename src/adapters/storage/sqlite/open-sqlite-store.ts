// The SQLite store: one file, better-sqlite3, WAL mode. One process writes at a time
// (BEGIN IMMEDIATE + busy_timeout make other processes wait instead of failing).
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { StoreHandle } from '../../../app/ports/store.js';
import { TactError } from '../../../core/errors.js';
import { sqliteCodeLookup } from './sqlite-code-lookup.js';
import { sqliteRowInserter } from './sqlite-row-inserter.js';
import { pragmasOf, sqliteWorkerConnection } from './sqlite-worker-connection.js';
import { withStatementCache } from './statement-cache.js';
import type { Database as Schema } from '../sql/schema.js';
import type { SqlCapabilities } from '../sql/sql-capabilities.js';
import { createSqlStoreHandle, type SqlStoreOptions } from '../sql/sql-store-handle.js';

export const sqliteCapabilities: SqlCapabilities = {
  dialect: 'sqlite',
  concurrentWriters: false,
  supportsSkipLocked: false,
  supportsReturning: true,
  supportsForUpdate: false,
  supportsAdvisoryLocks: false,
  beginWrite: 'begin immediate',
  // SQLITE_MAX_VARIABLE_NUMBER of the SQLite bundled with better-sqlite3 12.
  maxParameters: 32766,
  listParameter: 'json',
};

export interface SqliteStoreOptions extends SqlStoreOptions {
  /** File path, or ":memory:". */
  readonly path: string;
  /** How long a writer waits for another process's lock, in ms (default 5,000). */
  readonly busyTimeoutMs?: number;
}

export const openSqliteStore = (options: SqliteStoreOptions): StoreHandle => {
  let database: Database.Database;
  try {
    database = new Database(options.path, { timeout: options.busyTimeoutMs ?? 5000 });
    database.pragma('journal_mode = WAL');
    database.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    // WAL + NORMAL: durable at checkpoints, never corrupt; the usual WAL pairing.
    database.pragma('synchronous = NORMAL');
    database.pragma('foreign_keys = ON');
    // 128 MiB page cache (default 2 MiB): blind-index keys are random, so a large import
    // touches pages all over that index; a small cache turns every insert into I/O.
    database.pragma('cache_size = -131072');
    database.pragma('temp_store = MEMORY');
    // Checkpoint every ~160 MiB of WAL instead of 4 MiB: index pages rewritten by many
    // commits are copied to the main file once, not once per commit. (A 1,000-row import
    // batch dirties ~3,000 pages of the random blind index; 40,000 pages instead of
    // 10,000 cut the commit from ≈ 36 to ≈ 31 µs CPU per row, docs/import.md "Speed".)
    database.pragma('wal_autocheckpoint = 40000');
    // Erasure must not leave deleted names and numbers in free pages of the file.
    database.pragma('secure_delete = ON');
  } catch (e) {
    throw new TactError('TACT_ERR_STORE_UNAVAILABLE', `SQLite database could not be opened: ${(e as Error).message}`);
  }
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
  // The planner's batch writes run on a second connection in a worker thread, with this
  // connection's pragmas (sqlite-worker-connection.ts); not for a ":memory:" database.
  // Its large reads likewise run on a read-only connection in another worker thread.
  const shared = options.path !== ':memory:' && options.path !== '';
  const writer = shared ? sqliteWorkerConnection(options.path, options.busyTimeoutMs ?? 5000, pragmasOf(database)) : undefined;
  const reader = shared ? sqliteWorkerConnection(options.path, options.busyTimeoutMs ?? 5000, pragmasOf(database), true) : undefined;
  return createSqlStoreHandle(db, sqliteCapabilities, options, () => db.destroy(), sqliteRowInserter(database), sqliteCodeLookup(database), writer, reader);
};
