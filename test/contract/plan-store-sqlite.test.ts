import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe } from 'vitest';
import { openSqliteStore } from '../../src/adapters/storage/sqlite/open-sqlite-store.js';
import { planStoreContract } from './plan-store.contract.js';
import type { StoreTarget } from './store-fixture.js';

describe('PlanStore contract: SQLite', () => {
  planStoreContract(async (): Promise<StoreTarget> => {
    const dir = mkdtempSync(join(tmpdir(), 'tact-plan-'));
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
