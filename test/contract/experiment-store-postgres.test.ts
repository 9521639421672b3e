import pg from 'pg';
import { describe } from 'vitest';
import { openPostgresStore } from '../../src/adapters/storage/postgres/open-postgres-store.js';
import { createTestDatabase, pgAvailable } from '../support/postgres.js';
import { experimentStoreContract } from './experiment-store.contract.js';
import type { StoreTarget } from './store-fixture.js';

const available = await pgAvailable();

describe.skipIf(!available)('ExperimentStore contract: PostgreSQL', () => {
  experimentStoreContract(async (): Promise<StoreTarget> => {
    const database = await createTestDatabase('tact_exp');
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
  });
});
