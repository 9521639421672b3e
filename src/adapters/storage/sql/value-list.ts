// `column IN (a list)` with the whole list in one bind parameter (capability
// `listParameter`): `= any($1::text[])` on PostgreSQL, `in (select value from
// json_each(?))` on SQLite. The SQL text is the same for every list, so the statement
// is parsed and planned once (SQLite's statement cache, no 1,000-placeholder texts)
// and no list has to be chunked under the parameter limit.
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { SqlContext } from './sql-context.js';

export const inList = (ctx: SqlContext, column: string, values: readonly string[]): RawBuilder<SqlBool> =>
  ctx.caps.listParameter === 'array'
    ? sql<SqlBool>`${sql.ref(column)} = any(${values}::text[])`
    : sql<SqlBool>`${sql.ref(column)} in (select value from json_each(${JSON.stringify(values)}))`;
