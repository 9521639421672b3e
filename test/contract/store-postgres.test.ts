import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../src/adapters/storage/postgres/open-postgres-store.js';
import { createTestDatabase, pgAvailable } from '../support/postgres.js';
import { storeContract } from './store.contract.js';
import type { StoreTarget } from './store-fixture.js';

const available = await pgAvailable();

describe.skipIf(!available)('Store contract: PostgreSQL', () => {
  storeContract(async (): Promise<StoreTarget> => {
    const database = await createTestDatabase('tact_store');
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
        textColumns: async () => {
          const r = await client.query<{ table_name: string; column_name: string }>(
            `select table_name, column_name from information_schema.columns
             where table_schema = 'public' and data_type in ('text', 'bytea', 'character varying', 'json', 'jsonb')
             order by table_name, ordinal_position`,
          );
          return r.rows.map((x) => ({ table: x.table_name, column: x.column_name }));
        },
      },
      dbUrl: database.url,
      cleanup: async () => {
        await client.end();
        await database.drop();
      },
    };
  });
});

describe.skipIf(!available)('PostgreSQL migrations under the advisory lock', () => {
  it('three processes migrating one empty database at once apply each migration exactly once', async () => {
    const database = await createTestDatabase('tact_migrate');
    const { createNodeCipher } = await import('../../src/adapters/system/node-cipher.js');
    const { capturingLogger } = await import('./store-fixture.js');
    const { allMigrations } = await import('../../src/adapters/storage/migrations/all-migrations.js');
    const options = { url: database.url, cipher: createNodeCipher(Buffer.alloc(32, 1)), logger: capturingLogger().logger };
    const handles = await Promise.all([1, 2, 3].map(() => openPostgresStore(options)));
    try {
      const applied = await Promise.all(handles.map((h) => h.migrate()));
      expect(applied.flat().sort()).toEqual(allMigrations.map((m) => m.name).sort());
      for (const h of handles) await expect(h.assertMigrated()).resolves.toBeUndefined();
    } finally {
      await Promise.all(handles.map((h) => h.close()));
      await database.drop();
    }
  });
});
