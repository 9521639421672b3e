// The two real databases a store contract suite runs on: a fresh SQLite file, or a
// fresh PostgreSQL database from test/support/postgres.ts. Each call makes a new one;
// cleanup() removes it. `raw` reads and writes behind the store's back (tamper tests).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { openPostgresStore } from '../../src/adapters/storage/postgres/open-postgres-store.js';
import { openSqliteStore } from '../../src/adapters/storage/sqlite/open-sqlite-store.js';
import type { StoreTarget } from '../contract/store-fixture.js';
import { createTestDatabase } from './postgres.js';

export const sqliteTarget = async (prefix: string): Promise<StoreTarget> => {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  const path = join(dir, 'tact.db');
  let db: Database.Database | undefined;
  const conn = (): Database.Database => {
    if (db === undefined) {
      db = new Database(path);
      db.pragma('busy_timeout = 5000');
    }
    return db;
  };
  return {
    name: 'sqlite',
    open: async (o) => openSqliteStore({ ...o, path }),
    raw: {
      all: async (text) => conn().prepare(text).all() as Record<string, unknown>[],
      run: async (text) => {
        conn().prepare(text).run();
      },
      textColumns: async () => [],
    },
    dbUrl: `sqlite:${path}`,
    cleanup: async () => {
      db?.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

export const postgresTarget = async (prefix: string): Promise<StoreTarget> => {
  const database = await createTestDatabase(prefix.replaceAll('-', '_'));
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  return {
    name: 'postgres',
    open: async (o) => openPostgresStore({ ...o, url: database.url, maxConnections: 4 }),
    raw: {
      all: async (text) => (await client.query(text)).rows as Record<string, unknown>[],
      run: async (text) => {
        await client.query(text);
      },
      textColumns: async () => [],
    },
    dbUrl: database.url,
    cleanup: async () => {
      await client.end();
      await database.drop();
    },
  };
};
