// The SQLite RowInserter: one prepared `INSERT INTO t (cols…) VALUES (?…)` per table,
// column list and conflict key, compiled once and run row by row; `each` likewise
// prepares a statement once and runs it per parameter row. better-sqlite3 has a single
// connection, so the statements run inside the transaction the store opened through
// Kysely on it.
import type Database from 'better-sqlite3';
import type { Database as Schema } from '../sql/schema.js';
import type { InsertOptions, RowInserter } from '../sql/row-inserter.js';

const quote = (name: string): string => `"${name.replaceAll('"', '""')}"`;

export const sqliteRowInserter = (database: Database.Database): RowInserter => {
  const statements = new Map<string, { readonly columns: readonly string[]; readonly stmt: Database.Statement }>();
  const prepared = new Map<string, Database.Statement>();
  const raw = new Map<string, Database.Statement<unknown[], unknown[]>>();
  /** `conflict`: the unique columns whose duplicates are skipped (empty: none are). */
  const statementFor = (table: string, columns: readonly string[], conflict: readonly string[]) => {
    const key = `${table}\u0000${columns.join('\u0000')}\u0001${conflict.join('\u0000')}`;
    let entry = statements.get(key);
    if (entry === undefined) {
      const onConflict = conflict.length === 0 ? '' : ` on conflict (${conflict.map(quote).join(', ')}) do nothing`;
      const sql = `insert into ${quote(table)} (${columns.map(quote).join(', ')}) values (${columns.map(() => '?').join(', ')})${onConflict}`;
      entry = { columns, stmt: database.prepare(sql) };
      statements.set(key, entry);
    }
    return entry;
  };
  /** Runs the statement per row; returns, per row, whether it inserted one. */
  const run = (table: string, rows: readonly object[], conflict: readonly string[]): boolean[] => {
    const first = rows[0];
    if (first === undefined) return [];
    const { columns, stmt } = statementFor(table, Object.keys(first), conflict);
    const values: unknown[] = new Array<unknown>(columns.length);
    const inserted: boolean[] = new Array<boolean>(rows.length);
    for (let j = 0; j < rows.length; j += 1) {
      const r = rows[j] as Record<string, unknown>;
      for (let i = 0; i < columns.length; i += 1) values[i] = r[columns[i] as string] ?? null;
      inserted[j] = stmt.run(values).changes === 1;
    }
    return inserted;
  };
  return {
    insert<T extends keyof Schema & string>(_db: unknown, table: T, rows: readonly object[], options: InsertOptions = {}): Promise<number> {
      let inserted = 0;
      for (const ok of run(table, rows, options.skipConflictOn ?? [])) if (ok) inserted += 1;
      return Promise.resolve(inserted);
    },
    insertNew<T extends keyof Schema & string>(_db: unknown, table: T, rows: readonly object[], key: readonly string[]): Promise<boolean[]> {
      return Promise.resolve(run(table, rows, key));
    },
    each(_db: unknown, sql: string, rows: readonly (readonly unknown[])[]): Promise<void> {
      let stmt = prepared.get(sql);
      if (stmt === undefined) prepared.set(sql, (stmt = database.prepare(sql)));
      for (const r of rows) stmt.run(r);
      return Promise.resolve();
    },
    arrays(_db: unknown, sql: string, parameters: readonly unknown[]): Promise<readonly (readonly unknown[])[]> {
      let stmt = raw.get(sql);
      if (stmt === undefined) raw.set(sql, (stmt = (database.prepare(sql) as Database.Statement<unknown[], unknown[]>).raw(true)));
      return Promise.resolve(stmt.all(...parameters));
    },
  };
};
