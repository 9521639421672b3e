// How a dialect inserts many rows into one table (STYLE.md: a strategy chosen once per
// store, not `if (sqlite)` in the queries). The default builds chunked multi-row
// INSERTs through Kysely, one round trip per chunk, which suits PostgreSQL over the
// network. SQLite runs in-process: it supplies a prepared single-row statement reused
// row by row (sqlite/sqlite-row-inserter.ts), which skips building and parsing a new
// 1,000-row SQL text per batch.
import type { Insertable, Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface RowInserter {
  /**
   * Inserts `rows` (all with the same columns) through `db`, the open transaction's
   * connection. Runs nothing when `rows` is empty.
   */
  insert<T extends keyof Database & string>(db: Kysely<Database>, table: T, rows: readonly Insertable<Database[T]>[]): Promise<void>;
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
  async insertNew(db, table, rows, key) {
    const first = rows[0];
    if (first === undefined) return [];
    const keyOf = (r: Record<string, unknown>): string => key.map((k) => String(r[k])).join('\u0000');
    const inserted = new Set<string>();
    const size = chunkSize(maxParameters, Object.keys(first).length);
    for (let i = 0; i < rows.length; i += size) {
      // RETURNING names the rows this statement inserted (PostgreSQL and SQLite ≥ 3.35).
      const back = await db
        .insertInto(table)
        .values(rows.slice(i, i + size) as never)
        .onConflict((oc) => oc.columns(key as never).doNothing())
        .returning(key as never)
        .execute();
      for (const r of back) inserted.add(keyOf(r as Record<string, unknown>));
    }
    return rows.map((r) => inserted.has(keyOf(r as Record<string, unknown>)));
  },
});
