import pg from 'pg';
import { describe } from 'vitest';
import { openPostgresStore } from '../../src/adapters/storage/postgres/open-postgres-store.js';
import { createTestDatabase, pgAvailable } from '../support/postgres.js';
import { inboundContract } from './inbound-store.contract.js';

const available = await pgAvailable();

describe.skipIf(!available)('Inbound and payments contract: PostgreSQL', () => {
  inboundContract(async () => {
    const database = await createTestDatabase('tact_inbound');
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    return {
      open: async (o) => openPostgresStore({ ...o, url: database.url, maxConnections: 4 }),
      raw: {
        all: async (text) => (await client.query(text)).rows as Record<string, unknown>[],
        run: async (text) => {
          await client.query(text);
        },
        textColumns: async () => [],
      },
      cleanup: async () => {
        await client.end();
        await database.drop();
      },
    };
  });
});
