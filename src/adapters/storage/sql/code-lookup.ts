// The portal's code lookup (/v/CODE), its hot path: the query, compiled once per
// database handle, and how a dialect runs it (a strategy chosen once per store, like
// RowInserter). portal-code-queries.ts turns the rows into CodeMatch values.
import type { CompiledQuery, InferResult, Kysely } from 'kysely';
import type { Database } from './schema.js';

// Building and compiling the query with Kysely cost about as much as running it: it is
// compiled once per database handle (the SQL text is the dialect's) and run with the
// code as its one parameter. A code is unique within a tenant (messages_code_uq), so it
// matches at most one row per tenant: portal-code-queries.ts orders the rows and cuts
// them to the limit, which spares the database a sort (the index is on the code alone:
// SQLite built a temporary B-tree per lookup).
const codeQueries = new WeakMap<Kysely<Database>, CompiledQuery>();

const codeQuery = (db: Kysely<Database>) =>
  db
    .selectFrom('messages')
    .select(['tenant_id', 'message_id', 'state', 'scheduled_at', 'to_enc', 'person_id', 'account_ids', 'party'])
    .where('verification_code', '=', '');

export type CodeRow = InferResult<ReturnType<typeof codeQuery>>[number];

export const compiledCodeQuery = (db: Kysely<Database>): CompiledQuery => {
  let compiled = codeQueries.get(db);
  if (compiled === undefined) {
    compiled = codeQuery(db).compile();
    if (compiled.parameters.length !== 1) throw new Error(`code lookup: expected 1 parameter, got ${compiled.parameters.length}`);
    codeQueries.set(db, compiled);
  }
  return compiled;
};

/**
 * How a dialect runs the code lookup (STYLE.md: a strategy chosen once per store, like
 * RowInserter). The default runs the compiled query through Kysely; SQLite supplies a
 * synchronous prepared statement on its one connection (sqlite/sqlite-code-lookup.ts).
 */
export interface CodeLookup {
  /** The rows of `compiledCodeQuery` for `code`, in no order (one per tenant at most); `db` is the context's (maybe a transaction's). */
  rows(db: Kysely<Database>, code: string): Promise<readonly CodeRow[]>;
}

export const kyselyCodeLookup: CodeLookup = {
  async rows(db, code) {
    const { rows } = await db.executeQuery<CodeRow>({ ...compiledCodeQuery(db), parameters: [code] });
    return rows;
  },
};
