import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe } from 'vitest';
import { openSqliteStore } from '../../src/adapters/storage/sqlite/open-sqlite-store.js';
import { experimentStoreContract } from './experiment-store.contract.js';
import type { StoreTarget } from './store-fixture.js';

describe('ExperimentStore contract: SQLite', () => {
  experimentStoreContract(async (): Promise<StoreTarget> => {
    const dir = mkdtempSync(join(tmpdir(), 'tact-exp-'));
    const path = join(dir, 'tact.db');
    let db: Database.Database | undefined;
    const raw = () => (db ??= new Database(path));
    return {
      name: 'sqlite',
      open: async (o) => openSqliteStore({ ...o, path }),
      raw: {
        all: async (text) => raw().prepare(text).all() as Record<string, unknown>[],
        run: async (text) => {
          raw().prepare(text).run();
        },
        textColumns: async () => [],
      },
      dbUrl: `sqlite:${path}`,
      cleanup: async () => {
        db?.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  });
});
