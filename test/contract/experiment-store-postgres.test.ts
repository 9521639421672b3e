import { describe } from 'vitest';
import { pgAvailable } from '../support/postgres.js';
import { postgresTarget } from '../support/store-targets.js';
import { experimentStoreContract } from './experiment-store.contract.js';

const available = await pgAvailable();

describe.skipIf(!available)('ExperimentStore contract: PostgreSQL', () => {
  experimentStoreContract(() => postgresTarget('tact-exp'));
});
