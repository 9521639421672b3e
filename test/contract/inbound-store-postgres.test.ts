import { describe } from 'vitest';
import { pgAvailable } from '../support/postgres.js';
import { postgresTarget } from '../support/store-targets.js';
import { inboundContract } from './inbound-store.contract.js';

const available = await pgAvailable();

describe.skipIf(!available)('Inbound and payments contract: PostgreSQL', () => {
  inboundContract(() => postgresTarget('tact-inbound'));
});
