import { describe } from 'vitest';
import { accountRoutesSuite } from './api-accounts.cases.js';
import { settingsRoutesSuite } from './api-settings.cases.js';

describe('/v1 accounts, people, imports, payments, messages: SQLite', () => accountRoutesSuite());
describe('/v1 strategies, templates, decisions, experiments, audit, suppressions, keys: SQLite', () => settingsRoutesSuite());
