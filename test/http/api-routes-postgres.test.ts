import { describe } from 'vitest';
import { pgAvailable } from '../support/postgres.js';
import { postgresTarget } from '../support/store-targets.js';
import { accountRoutesSuite } from './api-accounts.cases.js';
import { settingsRoutesSuite } from './api-settings.cases.js';

const available = await pgAvailable();

describe.skipIf(!available)('/v1 accounts, people, imports, payments, messages: PostgreSQL', () => accountRoutesSuite(() => postgresTarget('tact-api')));
describe.skipIf(!available)('/v1 strategies, templates, decisions, experiments, audit, suppressions, keys: PostgreSQL', () => settingsRoutesSuite(() => postgresTarget('tact-api')));
