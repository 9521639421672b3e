import pg from 'pg';
import { describe } from 'vitest';
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
