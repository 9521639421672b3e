// PostgreSQL for tests. TACT_TEST_PG (default postgres://localhost/test) names a server
// and a database to connect to first; each call creates a fresh database with a random
// name and drop() removes it. With no server the suite skips with a printed reason,
// unless TACT_REQUIRE_PG=1 (CI), where a missing server is a failure.
import { randomBytes } from 'node:crypto';
import { userInfo } from 'node:os';
import pg from 'pg';

/**
 * The server and first database. A URL without a user connects as the OS user, as
 * psql does, even where USER is unset (CI shells, some sandboxes).
 */
export const pgBaseUrl = (): string => {
  const url = new URL(process.env['TACT_TEST_PG'] ?? 'postgres://localhost/test');
  if (url.username === '') url.username = process.env['USER'] || process.env['PGUSER'] || userInfo().username;
  return url.toString();
};
export const pgRequired = (): boolean => process.env['TACT_REQUIRE_PG'] === '1';

export interface TestDatabase {
  readonly url: string;
  readonly name: string;
  readonly drop: () => Promise<void>;
}

const withAdmin = async <T>(fn: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: pgBaseUrl(), connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
};

/** Resolves to null (and prints why) when no server answers and PostgreSQL is optional. */
export const pgAvailable = async (): Promise<boolean> => {
  try {
    await withAdmin(async (c) => c.query('select 1'));
    return true;
  } catch (e) {
    if (pgRequired()) throw new Error(`TACT_REQUIRE_PG=1 but PostgreSQL at ${pgBaseUrl()} did not answer: ${String(e)}`);
    console.warn(`[skip] PostgreSQL tests skipped: no server at ${pgBaseUrl()} (${(e as Error).message}). Set TACT_TEST_PG.`);
    return false;
  }
};

export const createTestDatabase = async (prefix = 'tact_test'): Promise<TestDatabase> => {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await withAdmin((c) => c.query(`create database "${name}"`));
  const url = new URL(pgBaseUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: async () => {
      await withAdmin((c) => c.query(`drop database if exists "${name}" with (force)`));
    },
  };
};
