import { describe } from 'vitest';
import { sqliteTarget } from '../support/store-targets.js';
import { portalContract } from './portal-store.contract.js';

describe('Portal store contract: SQLite', () => {
  portalContract(() => sqliteTarget('tact-portal'));
});
