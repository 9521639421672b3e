import { describe } from 'vitest';
import { sqliteTarget } from '../support/store-targets.js';
import { planStoreContract } from './plan-store.contract.js';

describe('PlanStore contract: SQLite', () => {
  planStoreContract(() => sqliteTarget('tact-plan'));
});
