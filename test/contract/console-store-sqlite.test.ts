import { describe } from 'vitest';
import { sqliteTarget } from '../support/store-targets.js';
import { consoleStoreContract } from './console-store.contract.js';

describe('Console store contract: SQLite', () => {
  consoleStoreContract(() => sqliteTarget('tact-console-store'));
});
