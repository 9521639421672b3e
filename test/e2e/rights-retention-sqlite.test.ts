import { describe } from 'vitest';
import { sqliteTarget } from '../support/store-targets.js';
import { rightsAndRetentionCases } from './rights-retention.cases.js';

describe('rights and retention: SQLite', () => rightsAndRetentionCases(() => sqliteTarget('tact-rights')));
