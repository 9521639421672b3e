// The SQLite CodeLookup: the portal's code query (the same SQL text Kysely compiles)
// prepared once on the store's one better-sqlite3 connection and run synchronously,
// without Kysely's connection mutex, promise chain and result mapping. Rows come back
// as arrays (better-sqlite3's raw mode) and are made objects here: cheaper than the
// driver building each object through V8's API.
//
// Only outside a transaction: better-sqlite3 has a single connection, so while a
// transaction is open on it (Kysely holds its mutex across awaits), a direct read would
// see that transaction's uncommitted rows. Then the lookup goes through Kysely, which
// waits for the connection like every other query. Outside a transaction a synchronous
// read sees exactly the committed state, as a Kysely read would.
import type Database from 'better-sqlite3';
import { compiledCodeQuery, kyselyCodeLookup, type CodeLookup, type CodeRow } from '../sql/code-lookup.js';

/** The select list of compiledCodeQuery, in order (checked when the statement is prepared). */
const CODE_COLUMNS = ['tenant_id', 'message_id', 'state', 'scheduled_at', 'to_enc', 'person_id', 'account_ids', 'party'] as const;
type RawCodeRow = [CodeRow['tenant_id'], CodeRow['message_id'], CodeRow['state'], CodeRow['scheduled_at'], CodeRow['to_enc'], CodeRow['person_id'], CodeRow['account_ids'], CodeRow['party']];

export const sqliteCodeLookup = (database: Database.Database): CodeLookup => {
  // Prepared on first use: the table exists only after the migrations ran.
  let stmt: Database.Statement<[string], RawCodeRow> | undefined;
  const prepare = (sql: string): Database.Statement<[string], RawCodeRow> => {
    const prepared = database.prepare<[string], RawCodeRow>(sql).raw(true);
    const names = prepared.columns().map((c) => c.name).join(',');
    if (names !== CODE_COLUMNS.join(',')) throw new Error(`code lookup: unexpected columns ${names}`);
    return prepared;
  };
  return {
    rows(db, code) {
      if (database.inTransaction) return kyselyCodeLookup.rows(db, code);
      stmt ??= prepare(compiledCodeQuery(db).sql);
      const raw = stmt.all(code);
      const rows: CodeRow[] = [];
      for (const r of raw) rows.push({ tenant_id: r[0], message_id: r[1], state: r[2], scheduled_at: r[3], to_enc: r[4], person_id: r[5], account_ids: r[6], party: r[7] });
      return Promise.resolve(rows);
    },
  };
};
