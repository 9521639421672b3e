// The PostgreSQL RowInserter: every row of a call in one statement with one parameter,
// `insert into t (cols…) select cols… from json_populate_recordset(null::t, $1)`; the
// server converts each JSON member to its column's type. A multi-row VALUES list carries
// columns × rows parameters (23,000 for 1,000 messages) that the client builds and the
// server parses and binds on every call, and a new SQL text per row count.
import { sql } from 'kysely';
import type { InsertOptions, RowInserter } from '../sql/row-inserter.js';

const quote = (name: string): string => `"${name.replaceAll('"', '""')}"`;

export const postgresRowInserter = (): RowInserter => ({
  async insert(db, table, rows, options: InsertOptions = {}) {
    const first = rows[0];
    if (first === undefined) return 0;
    const columns = sql.raw(Object.keys(first).map(quote).join(', '));
    const skip = sql.raw(options.skipConflictOn === undefined ? '' : ` on conflict (${options.skipConflictOn.map(quote).join(', ')}) do nothing`);
    // An undefined member is written as null, as the other inserters do.
    const json = JSON.stringify(rows, (_k, v: unknown) => (v === undefined ? null : v));
    const r = await sql`insert into ${sql.table(table)} (${columns}) select ${columns} from json_populate_recordset(null::${sql.table(table)}, ${json}::json)${skip}`.execute(db);
    return Number(r.numAffectedRows ?? 0n);
  },
});
