import { describe } from 'vitest';
import { sqliteTarget } from '../support/store-targets.js';
import { complaintStoreContract } from './complaint-store.contract.js';

describe('ComplaintStore contract: SQLite', () => {
  complaintStoreContract(() => sqliteTarget('tact-complaints'));
});
