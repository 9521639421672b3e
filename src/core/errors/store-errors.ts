import type { ErrorTable } from './error-spec.js';

export const storeErrors = {
  TACT_ERR_STORE_NOT_MIGRATED: {
    message: 'The database schema is missing or older than this version of Tact.',
    hint: 'Run `tact migrate --db URL` (the same --db or TACT_DB), then start again.',
    retryable: false,
  },
  TACT_ERR_STORE_SCHEMA_TOO_NEW: {
    message: 'The database holds migrations this version of Tact does not know.',
    hint: 'Run the Tact version that migrated this database, or upgrade Tact.',
    retryable: false,
  },
  TACT_ERR_STORE_UNAVAILABLE: {
    message: 'The database could not be opened or did not answer.',
    hint: 'Check the --db URL (or TACT_DB), that the server runs and that the file is writable.',
    retryable: true,
  },
  TACT_ERR_STORE_MIGRATION_FAILED: {
    message: 'A migration failed and was rolled back; the schema is unchanged.',
    hint: 'Read the cause printed with this error, fix it and run `tact migrate` again.',
    retryable: false,
  },
  TACT_ERR_STORE_UNKNOWN_TENANT: {
    message: 'No tenant with this id exists in the database.',
    hint: 'Check the tenant id; create the tenant first.',
    retryable: false,
  },
  TACT_ERR_STORE_TENANT_EXISTS: {
    message: 'A tenant with this id already exists.',
    hint: 'Choose another tenant id.',
    retryable: false,
  },
  TACT_ERR_STORE_DECRYPT_FAILED: {
    message: 'An encrypted value could not be decrypted with the configured master key.',
    hint: 'Use the TACT_MASTER_KEY (or key file) the data was written with.',
    retryable: false,
  },
  TACT_ERR_STORE_BUSY: {
    message: 'The database stayed locked by another writer for longer than the wait limit.',
    hint: 'Retry; if it persists, look for a long-running process holding the database.',
    retryable: true,
  },
} as const satisfies ErrorTable;
