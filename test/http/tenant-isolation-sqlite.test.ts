import { describe } from 'vitest';
import { tenantIsolationSuite } from './tenant-isolation.cases.js';

describe('tenant isolation over every route: SQLite', () => tenantIsolationSuite());
