// How a dialect inserts many rows into one table, and runs one statement over many
// parameter rows (STYLE.md: a strategy chosen once per store, not `if (sqlite)` in the
// queries). The default builds chunked multi-row INSERTs through Kysely, one round trip
// per chunk. PostgreSQL supplies one statement per call with an array parameter per
// column (postgres/postgres-row-inserter.ts). SQLite runs in-process: it supplies a
// prepared single-row statement reused row by row (sqlite/sqlite-row-inserter.ts), which
// skips building and parsing a new 1,000-row SQL text per batch, and Kysely's per-query
// work for each of many small statements.
import { CompiledQuery, type Insertable, type Kysely } from 'kysely';
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
  async each(db, sql, rows) {
    for (const r of rows) await db.executeQuery(CompiledQuery.raw(sql, [...r]));
  },
});
