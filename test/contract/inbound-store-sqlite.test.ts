import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe } from 'vitest';
import { openSqliteStore } from '../../src/adapters/storage/sqlite/open-sqlite-store.js';
import { inboundContract } from './inbound-store.contract.js';

describe('Inbound and payments contract: SQLite', () => {
  inboundContract(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tact-inbound-'));
    const path = join(dir, 'tact.db');
    let db: Database.Database | undefined;
    const conn = (): Database.Database => {
      db ??= new Database(path);
      db.pragma('busy_timeout = 5000');
      return db;
    };
    return {
      open: async (o) => openSqliteStore({ ...o, path }),
      raw: {
        all: async (text) => conn().prepare(text).all() as Record<string, unknown>[],
        run: async (text) => {
          conn().prepare(text).run();
        },
        textColumns: async () => [],
      },
      cleanup: async () => {
        db?.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  });
});
