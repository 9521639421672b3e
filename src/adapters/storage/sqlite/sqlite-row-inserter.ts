// The SQLite RowInserter: one prepared `INSERT INTO t (cols…) VALUES (?…)` per table and
// column list, compiled once and run row by row; `each` likewise prepares a statement
// once and runs it per parameter row. better-sqlite3 has a single connection, so the
// statements run inside the transaction the store opened through Kysely on it.
import type Database from 'better-sqlite3';
import type { Database as Schema } from '../sql/schema.js';
import type { RowInserter } from '../sql/row-inserter.js';

const quote = (name: string): string => `"${name.replaceAll('"', '""')}"`;

export const sqliteRowInserter = (database: Database.Database): RowInserter => {
  const statements = new Map<string, { readonly columns: readonly string[]; readonly stmt: Database.Statement }>();
  const prepared = new Map<string, Database.Statement>();
  const statementFor = (table: string, columns: readonly string[]) => {
    const key = `${table}\u0000${columns.join('\u0000')}`;
    let entry = statements.get(key);
    if (entry === undefined) {
      const sql = `insert into ${quote(table)} (${columns.map(quote).join(', ')}) values (${columns.map(() => '?').join(', ')})`;
      entry = { columns, stmt: database.prepare(sql) };
      statements.set(key, entry);
    }
    return entry;
  };
  return {
    insert<T extends keyof Schema & string>(_db: unknown, table: T, rows: readonly object[]): Promise<void> {
      const first = rows[0];
      if (first === undefined) return Promise.resolve();
      const { columns, stmt } = statementFor(table, Object.keys(first));
      const values: unknown[] = new Array<unknown>(columns.length);
      for (const row of rows) {
        const r = row as Record<string, unknown>;
        for (let i = 0; i < columns.length; i += 1) values[i] = r[columns[i] as string] ?? null;
        stmt.run(values);
      }
      return Promise.resolve();
    },
    each(_db: unknown, sql: string, rows: readonly (readonly unknown[])[]): Promise<void> {
      let stmt = prepared.get(sql);
      if (stmt === undefined) prepared.set(sql, (stmt = database.prepare(sql)));
      for (const r of rows) stmt.run(r);
      return Promise.resolve();
    },
  };
};
