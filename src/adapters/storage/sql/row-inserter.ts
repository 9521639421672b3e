// How a dialect inserts many rows into one table, and runs one statement over many
// parameter rows (STYLE.md: a strategy chosen once per store, not `if (sqlite)` in the
// queries). The default builds chunked multi-row INSERTs through Kysely, one round trip
// per chunk, which suits PostgreSQL over the network. SQLite runs in-process: it
// supplies a prepared single-row statement reused row by row
// (sqlite/sqlite-row-inserter.ts), which skips building and parsing a new 1,000-row SQL
// text per batch, and Kysely's per-query work for each of many small statements.
import { CompiledQuery, type Insertable, type Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface RowInserter {
  /**
   * Inserts `rows` (all with the same columns) through `db`, the open transaction's
   * connection. Runs nothing when `rows` is empty.
   */
  insert<T extends keyof Database & string>(db: Kysely<Database>, table: T, rows: readonly Insertable<Database[T]>[]): Promise<void>;
  /**
   * Runs `sql` (compiled for this dialect, e.g. `sql\`…\`.compile(db).sql`) once per
   * parameter row, in order, through `db`, the open transaction's connection.
   */
  each(db: Kysely<Database>, sql: string, rows: readonly (readonly unknown[])[]): Promise<void>;
}

/** Splits rows so one multi-row statement stays under the dialect's parameter limit. */
const chunkSize = (maxParameters: number, columns: number): number => Math.max(1, Math.min(1000, Math.floor(maxParameters / columns)));

export const kyselyRowInserter = (maxParameters: number): RowInserter => ({
  async insert(db, table, rows) {
    const first = rows[0];
    if (first === undefined) return;
    const size = chunkSize(maxParameters, Object.keys(first).length);
    for (let i = 0; i < rows.length; i += size) {
      // Kysely's generic insert cannot relate T to its own table union; the rows are typed by the caller.
      await db
        .insertInto(table)
        .values(rows.slice(i, i + size) as never)
        .execute();
    }
  },
  async each(db, sql, rows) {
    for (const r of rows) await db.executeQuery(CompiledQuery.raw(sql, [...r]));
  },
});
