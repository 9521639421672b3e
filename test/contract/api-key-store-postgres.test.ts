import { describe } from 'vitest';
import { pgAvailable } from '../support/postgres.js';
import { postgresTarget } from '../support/store-targets.js';
import { apiKeyStoreContract } from './api-key-store.contract.js';

const available = await pgAvailable();

describe.skipIf(!available)('ApiKeyStore and ApiStore contract: PostgreSQL', () => {
  apiKeyStoreContract(() => postgresTarget('tact-keys'));
});
