// `column IN (a list)` with the whole list in one bind parameter (capability
// `listParameter`): `in (select unnest($1::text[]))` on PostgreSQL, `in (select value
// from json_each(?))` on SQLite. The SQL text is the same for every list, so the
// statement is parsed and planned once (SQLite's statement cache, no 1,000-placeholder
// texts) and no list has to be chunked under the parameter limit. On PostgreSQL the
// subquery form matters: `= any($1)` with thousands of values makes the planner choose a
// scan of the whole tenant's rows (e.g. every ledger row of the look-back window) over
// one index probe per value, so each batch would cost as much as the whole table.
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { SqlContext } from './sql-context.js';

export const inList = (ctx: SqlContext, column: string, values: readonly string[]): RawBuilder<SqlBool> =>
  ctx.caps.listParameter === 'array'
    ? sql<SqlBool>`${sql.ref(column)} in (select unnest(${values}::text[]))`
    : sql<SqlBool>`${sql.ref(column)} in (select value from json_each(${JSON.stringify(values)}))`;
