import { describe } from 'vitest';
import { sqliteTarget } from '../support/store-targets.js';
import { apiKeyStoreContract } from './api-key-store.contract.js';

describe('ApiKeyStore and ApiStore contract: SQLite', () => {
  apiKeyStoreContract(() => sqliteTarget('tact-keys'));
});
