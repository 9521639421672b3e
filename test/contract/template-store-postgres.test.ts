import { describe } from 'vitest';
import { openPostgresStore } from '../../src/adapters/storage/postgres/open-postgres-store.js';
import { createTestDatabase, pgAvailable } from '../support/postgres.js';
import type { StoreTarget } from './store-fixture.js';
import { templateStoreContract } from './template-store.contract.js';

const available = await pgAvailable();

describe.skipIf(!available)('Template store contract: PostgreSQL', () => {
  templateStoreContract(async (): Promise<StoreTarget> => {
    const database = await createTestDatabase('tact_templates');
    const unused = async (): Promise<never> => {
      throw new Error('raw SQL is not used by the template contract');
    };
    return {
      name: 'postgres',
      open: async (o) => openPostgresStore({ ...o, url: database.url, maxConnections: 4 }),
      raw: { all: unused, run: unused, textColumns: unused },
      dbUrl: database.url,
      cleanup: async () => database.drop(),
    };
  });
});
