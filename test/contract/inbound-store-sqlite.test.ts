import { describe } from 'vitest';
import { sqliteTarget } from '../support/store-targets.js';
import { inboundContract } from './inbound-store.contract.js';

describe('Inbound and payments contract: SQLite', () => {
  inboundContract(() => sqliteTarget('tact-inbound'));
});
