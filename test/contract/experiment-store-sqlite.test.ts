import { describe } from 'vitest';
import { sqliteTarget } from '../support/store-targets.js';
import { experimentStoreContract } from './experiment-store.contract.js';

describe('ExperimentStore contract: SQLite', () => {
  experimentStoreContract(() => sqliteTarget('tact-exp'));
});
