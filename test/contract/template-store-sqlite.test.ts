import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe } from 'vitest';
import { openSqliteStore } from '../../src/adapters/storage/sqlite/open-sqlite-store.js';
import type { StoreTarget } from './store-fixture.js';
import { templateStoreContract } from './template-store.contract.js';

describe('Template store contract: SQLite', () => {
  templateStoreContract(async (): Promise<StoreTarget> => {
    const dir = mkdtempSync(join(tmpdir(), 'tact-tpl-store-'));
    const path = join(dir, 'tact.db');
    const unused = async (): Promise<never> => {
      throw new Error('raw SQL is not used by the template contract');
    };
    return {
      name: 'sqlite',
      open: async (o) => openSqliteStore({ ...o, path }),
      raw: { all: unused, run: unused, textColumns: unused },
      dbUrl: `sqlite:${path}`,
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  });
});
