// The SQLite RowInserter: one prepared `INSERT INTO t (cols…) VALUES (?…)` per table and
// column list, compiled once and run row by row. better-sqlite3 has a single connection,
// so the statements run inside the transaction the store opened through Kysely on it.
import type Database from 'better-sqlite3';
import type { Database as Schema } from '../sql/schema.js';
import type { InsertOptions, RowInserter } from '../sql/row-inserter.js';

const quote = (name: string): string => `"${name.replaceAll('"', '""')}"`;

export const sqliteRowInserter = (database: Database.Database): RowInserter => {
  const statements = new Map<string, { readonly columns: readonly string[]; readonly stmt: Database.Statement }>();
  const statementFor = (table: string, columns: readonly string[], conflict: readonly string[] | undefined) => {
    const key = `${table}\u0000${columns.join('\u0000')}\u0001${conflict?.join('\u0000') ?? ''}`;
    let entry = statements.get(key);
    if (entry === undefined) {
      const skip = conflict === undefined ? '' : ` on conflict (${conflict.map(quote).join(', ')}) do nothing`;
      const sql = `insert into ${quote(table)} (${columns.map(quote).join(', ')}) values (${columns.map(() => '?').join(', ')})${skip}`;
      entry = { columns, stmt: database.prepare(sql) };
      statements.set(key, entry);
    }
    return entry;
  };
  return {
    insert<T extends keyof Schema & string>(_db: unknown, table: T, rows: readonly object[], options: InsertOptions = {}): Promise<number> {
      const first = rows[0];
      if (first === undefined) return Promise.resolve(0);
      const { columns, stmt } = statementFor(table, Object.keys(first), options.skipConflictOn);
      const values: unknown[] = new Array<unknown>(columns.length);
      let inserted = 0;
      for (const row of rows) {
        const r = row as Record<string, unknown>;
        for (let i = 0; i < columns.length; i += 1) values[i] = r[columns[i] as string] ?? null;
        inserted += stmt.run(values).changes;
      }
      return Promise.resolve(inserted);
    },
  };
};
