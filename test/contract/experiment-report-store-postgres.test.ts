import { describe } from 'vitest';
import { pgAvailable } from '../support/postgres.js';
import { postgresTarget } from '../support/store-targets.js';
import { experimentReportStoreContract } from './experiment-report-store.contract.js';

const available = await pgAvailable();

describe.skipIf(!available)('ExperimentReportStore contract: PostgreSQL', () => {
  experimentReportStoreContract(() => postgresTarget('tact-exprep'));
});
