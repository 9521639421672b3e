import { describe } from 'vitest';
import { pgAvailable } from '../support/postgres.js';
import { postgresTarget } from '../support/store-targets.js';
import { dispatchStoreContract } from './dispatch-store.contract.js';

const available = await pgAvailable();

describe.skipIf(!available)('DispatchStore reads: PostgreSQL', () => {
  dispatchStoreContract(() => postgresTarget('tact-dispatch'));
});
