// `column IN (values…)` for the import's per-batch lookups by key. Where the dialect
// binds arrays (PostgreSQL) it is `column = any($1)`: one parameter, so the server parses
// and plans a short statement, and a batch needs one query instead of one per 1,000 keys.
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { chunksFor, type SqlContext } from './sql-context.js';

export const columnIn = (ctx: SqlContext, column: string, values: readonly string[]): RawBuilder<SqlBool> =>
  ctx.caps.supportsArrayParameters
    ? sql<SqlBool>`${sql.ref(column)} = any(${values}::text[])`
    : sql<SqlBool>`${sql.ref(column)} in (${sql.join(values)})`;

/** The values in as many columnIn lookups as the dialect needs. */
export const inChunks = (ctx: SqlContext, values: readonly string[]): readonly (readonly string[])[] =>
  ctx.caps.supportsArrayParameters ? (values.length === 0 ? [] : [values]) : chunksFor(ctx, values, 2);
