// The SQLite CodeLookup: the portal's code query (the same SQL text Kysely compiles)
// prepared once on the store's one better-sqlite3 connection and run synchronously,
// without Kysely's connection mutex, promise chain and result mapping.
//
// Only outside a transaction: better-sqlite3 has a single connection, so while a
// transaction is open on it (Kysely holds its mutex across awaits), a direct read would
// see that transaction's uncommitted rows. Then the lookup goes through Kysely, which
// waits for the connection like every other query. Outside a transaction a synchronous
// read sees exactly the committed state, as a Kysely read would.
import type Database from 'better-sqlite3';
import { compiledCodeQuery, kyselyCodeLookup, type CodeLookup, type CodeRow } from '../sql/code-lookup.js';

export const sqliteCodeLookup = (database: Database.Database): CodeLookup => {
  // Prepared on first use: the table exists only after the migrations ran.
  let stmt: Database.Statement<[string], CodeRow> | undefined;
  return {
    rows(db, code) {
      if (database.inTransaction) return kyselyCodeLookup.rows(db, code);
      stmt ??= database.prepare<[string], CodeRow>(compiledCodeQuery(db).sql);
      return Promise.resolve(stmt.all(code));
    },
  };
};
