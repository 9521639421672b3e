import { describe } from 'vitest';
import { pgAvailable } from '../support/postgres.js';
import { postgresTarget } from '../support/store-targets.js';
import { tenantIsolationSuite } from './tenant-isolation.cases.js';

const available = await pgAvailable();

describe.skipIf(!available)('tenant isolation over every route: PostgreSQL', () => tenantIsolationSuite(() => postgresTarget('tact-iso')));
