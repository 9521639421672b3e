import { describe } from 'vitest';
import { pgAvailable } from '../support/postgres.js';
import { postgresTarget } from '../support/store-targets.js';
import { consoleStoreContract } from './console-store.contract.js';

const available = await pgAvailable();

describe.skipIf(!available)('Console store contract: PostgreSQL', () => {
  consoleStoreContract(() => postgresTarget('tact_console_store'));
});
