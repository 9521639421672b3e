import { describe } from 'vitest';
import { sqliteTarget } from '../support/store-targets.js';
import { dispatchStoreContract } from './dispatch-store.contract.js';

describe('DispatchStore reads: SQLite', () => {
  dispatchStoreContract(() => sqliteTarget('tact-dispatch'));
});
