import { describe } from 'vitest';
import { sqliteTarget } from '../support/store-targets.js';
import { experimentReportStoreContract } from './experiment-report-store.contract.js';

describe('ExperimentReportStore contract: SQLite', () => {
  experimentReportStoreContract(() => sqliteTarget('tact-exprep'));
});
