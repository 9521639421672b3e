// How a dialect inserts many rows into one table, and runs one statement over many
// parameter rows (STYLE.md: a strategy chosen once per store, not `if (sqlite)` in the
// queries). PostgreSQL supplies one statement per call with an array parameter per
// column (postgres/postgres-row-inserter.ts). SQLite runs in-process: it supplies a
// prepared single-row statement reused row by row (sqlite/sqlite-row-inserter.ts), which
// skips building and parsing a new 1,000-row SQL text per batch, and Kysely's per-query
// work for each of many small statements.
import type { Insertable, Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface InsertOptions {
  /** A unique key: a row whose key exists is skipped (`on conflict (…) do nothing`). */
  readonly skipConflictOn?: readonly string[];
}

export interface RowInserter {
  /**
   * Inserts `rows` (all with the same columns) through `db`, the open transaction's
   * connection, and returns how many were inserted. Runs nothing when `rows` is empty.
   */
  insert<T extends keyof Database & string>(db: Kysely<Database>, table: T, rows: readonly Insertable<Database[T]>[], options?: InsertOptions): Promise<number>;
  /**
   * Like insert, but a row that conflicts on the unique `key` columns is skipped, not an
   * error (another writer may have inserted it meanwhile). Returns, per row, whether it
   * was inserted.
   */
  insertNew<T extends keyof Database & string>(
    db: Kysely<Database>,
    table: T,
    rows: readonly Insertable<Database[T]>[],
    key: readonly (keyof Database[T] & string)[],
  ): Promise<boolean[]>;
  /**
   * Runs `sql` (compiled for this dialect, e.g. `sql\`…\`.compile(db).sql`) once per
   * parameter row, in order, through `db`, the open transaction's connection.
   */
  each(db: Kysely<Database>, sql: string, rows: readonly (readonly unknown[])[]): Promise<void>;
  /**
   * Runs the query `sql` (compiled for this dialect) with `parameters` through `db` and
   * returns its rows as arrays of column values, in select-list order (SQLite: the
   * prepared statement in raw mode, which skips building an object per row).
   */
  arrays(db: Kysely<Database>, sql: string, parameters: readonly unknown[]): Promise<readonly (readonly unknown[])[]>;
}
