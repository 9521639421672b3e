// The PostgreSQL store: `pg` Pool, any number of processes on any number of hosts.
// int8 (bigint) columns hold epoch ms and minor units, all below 2^53: parsed as numbers.
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { StoreHandle } from '../../../app/ports/store.js';
import { TactError } from '../../../core/errors.js';
import type { Database as Schema } from '../sql/schema.js';
import type { SqlCapabilities } from '../sql/sql-capabilities.js';
import { createSqlStoreHandle, type SqlStoreOptions } from '../sql/sql-store-handle.js';
import { postgresRowInserter } from './postgres-row-inserter.js';

export const postgresCapabilities: SqlCapabilities = {
  dialect: 'postgres',
  concurrentWriters: true,
  supportsSkipLocked: true,
  supportsReturning: true,
  supportsForUpdate: true,
  supportsAdvisoryLocks: true,
  beginWrite: 'begin',
  maxParameters: 65535,
  listParameter: 'array',
};

const int8Oid = 20;
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === int8Oid ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export interface PostgresStoreOptions extends SqlStoreOptions {
  readonly url: string;
  /** Pool size per process (default 10). */
  readonly maxConnections?: number;
}

export const openPostgresStore = async (options: PostgresStoreOptions): Promise<StoreHandle> => {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: 5000,
    types,
  });
  // An idle client's network error must not crash the process; the next query reports it.
  pool.on('error', (e) => options.logger.warn({ code: (e as NodeJS.ErrnoException).code }, 'idle PostgreSQL client failed'));
  try {
    const client = await pool.connect();
    client.release();
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw new TactError('TACT_ERR_STORE_UNAVAILABLE', `PostgreSQL did not answer: ${(e as Error).message}`);
  }
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  return createSqlStoreHandle(db, postgresCapabilities, options, () => db.destroy(), postgresRowInserter());
};
