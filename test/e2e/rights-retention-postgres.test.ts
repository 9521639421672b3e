import { describe } from 'vitest';
import { pgAvailable } from '../support/postgres.js';
import { postgresTarget } from '../support/store-targets.js';
import { rightsAndRetentionCases } from './rights-retention.cases.js';

const available = await pgAvailable();
describe.skipIf(!available)('rights and retention: PostgreSQL', () => rightsAndRetentionCases(() => postgresTarget('tact-rights')));
