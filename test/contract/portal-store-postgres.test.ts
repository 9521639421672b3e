import { describe } from 'vitest';
import { pgAvailable } from '../support/postgres.js';
import { postgresTarget } from '../support/store-targets.js';
import { portalContract } from './portal-store.contract.js';

const available = await pgAvailable();

describe.skipIf(!available)('Portal store contract: PostgreSQL', () => {
  portalContract(() => postgresTarget('tact-portal'));
});
