// How a dialect inserts many rows into one table (STYLE.md: a strategy chosen once per
// store, not `if (sqlite)` in the queries). The default builds chunked multi-row
// INSERTs through Kysely, one round trip per chunk, which suits PostgreSQL over the
// network. SQLite runs in-process: it supplies a prepared single-row statement reused
// row by row (sqlite/sqlite-row-inserter.ts), which skips building and parsing a new
// 1,000-row SQL text per batch.
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
}

/** Splits rows so one multi-row statement stays under the dialect's parameter limit. */
const chunkSize = (maxParameters: number, columns: number): number => Math.max(1, Math.min(1000, Math.floor(maxParameters / columns)));

export const kyselyRowInserter = (maxParameters: number): RowInserter => ({
  async insert(db, table, rows, options = {}) {
    const first = rows[0];
    if (first === undefined) return 0;
    const size = chunkSize(maxParameters, Object.keys(first).length);
    const key = options.skipConflictOn;
    let inserted = 0;
    for (let i = 0; i < rows.length; i += size) {
      // Kysely's generic insert cannot relate T to its own table union; the rows are typed by the caller.
      const q = db.insertInto(table).values(rows.slice(i, i + size) as never);
      const r = await (key === undefined ? q : q.onConflict((oc) => oc.columns(key as never).doNothing())).executeTakeFirst();
      inserted += Number(r.numInsertedOrUpdatedRows ?? 0n);
    }
    return inserted;
  },
});
