import { describe } from 'vitest';
import { pgAvailable } from '../support/postgres.js';
import { postgresTarget } from '../support/store-targets.js';
import { planStoreContract } from './plan-store.contract.js';

const available = await pgAvailable();

describe.skipIf(!available)('PlanStore contract: PostgreSQL', () => {
  planStoreContract(() => postgresTarget('tact-plan'));
});
