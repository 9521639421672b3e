import { describe } from 'vitest';
import { pgAvailable } from '../support/postgres.js';
import { postgresTarget } from '../support/store-targets.js';
import { complaintStoreContract } from './complaint-store.contract.js';

const available = await pgAvailable();

describe.skipIf(!available)('ComplaintStore contract: PostgreSQL', () => {
  complaintStoreContract(() => postgresTarget('tact-complaints'));
});
