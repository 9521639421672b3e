// One write transaction on a connection of `db`: BEGIN (IMMEDIATE on SQLite), fn, commit;
// rollback on error, keeping fn's error; every failure as a store fault. SqlStore's own
// writes and the planner's writes on the second SQLite connection both run this way.
import { sql, type Kysely } from 'kysely';
import type { SqlCapabilities } from './sql-capabilities.js';
import type { Database } from './schema.js';
import { toStoreFault } from './store-fault.js';

export const inWriteTransaction = async <T>(
  db: Kysely<Database>,
  caps: SqlCapabilities,
  fn: (conn: Kysely<Database>) => Promise<T>,
): Promise<T> => {
  try {
    return await db.connection().execute(async (conn: Kysely<Database>) => {
      await sql.raw(caps.beginWrite).execute(conn);
      try {
        const result = await fn(conn);
        await sql`commit`.execute(conn);
        return result;
      } catch (e) {
        await sql`rollback`.execute(conn).catch(() => undefined); // keep the first error
        throw e;
      }
    });
  } catch (e) {
    throw toStoreFault(e);
  }
};
