import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe } from 'vitest';
import { openSqliteStore } from '../../src/adapters/storage/sqlite/open-sqlite-store.js';
import { storeContract } from './store.contract.js';
import type { RawSql, StoreTarget } from './store-fixture.js';

const sqliteRaw = (path: string): RawSql & { close: () => void } => {
  const db = new Database(path);
  db.pragma('busy_timeout = 5000');
  return {
    all: async (text) => db.prepare(text).all() as Record<string, unknown>[],
    run: async (text) => {
      db.prepare(text).run();
    },
    textColumns: async () => {
      const tables = db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'").all() as {
        name: string;
      }[];
      return tables.flatMap(({ name }) =>
        (db.prepare(`pragma table_info("${name}")`).all() as { name: string; type: string }[])
          .filter((c) => /text|blob|char|clob/i.test(c.type))
          .map((c) => ({ table: name, column: c.name })),
      );
    },
    close: () => db.close(),
  };
};

describe('Store contract: SQLite', () => {
  storeContract(async (): Promise<StoreTarget> => {
    const dir = mkdtempSync(join(tmpdir(), 'tact-store-'));
    const path = join(dir, 'tact.db');
    const raw = sqliteRaw(path);
    return {
      name: 'sqlite',
      open: async (o) => openSqliteStore({ ...o, path }),
      raw,
      dbUrl: `sqlite:${path}`,
      cleanup: async () => {
        raw.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  });
});
