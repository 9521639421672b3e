// The PostgreSQL RowInserter: `INSERT INTO t (cols…) SELECT * FROM unnest($1::type[], …)`,
// one array parameter per column. The server parses and plans a statement of a few
// parameters instead of a 1,000-row VALUES list with up to 16,000 of them (about 2.4×
// faster per row here). Column types come from the catalog, once per table.
import { CompiledQuery, sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../sql/schema.js';
import type { InsertOptions, RowInserter } from '../sql/row-inserter.js';

export const postgresRowInserter = (): RowInserter => {
  const typesByTable = new Map<string, ReadonlyMap<string, string>>();
  const columnTypes = async (db: Kysely<Database>, table: string): Promise<ReadonlyMap<string, string>> => {
    let types = typesByTable.get(table);
    if (types === undefined) {
      const { rows } = await sql<{ column_name: string; udt_name: string }>`
        select column_name, udt_name from information_schema.columns
        where table_schema = current_schema() and table_name = ${table}`.execute(db);
      types = new Map(rows.map((r) => [r.column_name, r.udt_name]));
      typesByTable.set(table, types);
    }
    return types;
  };
  const insertStatement = async (db: Kysely<Database>, table: string, rows: readonly object[]): Promise<RawBuilder<unknown>> => {
    const columns = Object.keys(rows[0] as object);
    const types = await columnTypes(db, table);
    const arrays = columns.map((c) => {
      const type = types.get(c);
      if (type === undefined || !/^[a-z0-9_]+$/.test(type)) throw new Error(`postgresRowInserter: no column ${table}.${c}`);
      const values = rows.map((r) => (r as Record<string, unknown>)[c] ?? null);
      return sql`${values}::${sql.raw(type)}[]`;
    });
    return sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))}) select * from unnest(${sql.join(arrays)})`;
  };
  return {
    async insert(db, table, rows, options: InsertOptions = {}) {
      if (rows.length === 0) return 0;
      const insert = await insertStatement(db, table, rows);
      const key = options.skipConflictOn;
      const statement = key === undefined ? insert : sql`${insert} on conflict (${sql.join(key.map((k) => sql.ref(k)))}) do nothing`;
      const r = await statement.execute(db);
      return Number(r.numAffectedRows ?? 0n);
    },
    async insertNew(db, table, rows, key) {
      if (rows.length === 0) return [];
      const keys = sql.join(key.map((k) => sql.ref(k)));
      const insert = await insertStatement(db, table, rows);
      // RETURNING names the rows this statement inserted; a conflicting row is skipped.
      const { rows: back } = await sql<Record<string, unknown>>`${insert} on conflict (${keys}) do nothing returning ${keys}`.execute(db);
      const keyOf = (r: Record<string, unknown>): string => key.map((k) => String(r[k])).join('\u0000');
      const inserted = new Set(back.map(keyOf));
      return rows.map((r) => inserted.has(keyOf(r as Record<string, unknown>)));
    },
    async each(db, text, rows) {
      for (const r of rows) await db.executeQuery(CompiledQuery.raw(text, [...r]));
    },
    async arrays(db, text, parameters) {
      // node-postgres builds each row's fields in select-list order.
      const { rows } = await db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(text, [...parameters]));
      return rows.map((r) => Object.values(r));
    },
  };
};
