import type { ErrorTable } from './error-spec.js';

export const configErrors = {
  TACT_ERR_CONFIG_BAD_DB_URL: {
    message: 'The database URL is not understood.',
    hint: 'Use sqlite:PATH (e.g. sqlite:./tact.db) or postgres://user@host:5432/db in --db or TACT_DB.',
    retryable: false,
  },
  TACT_ERR_CONFIG_BAD_MASTER_KEY: {
    message: 'The master key is not 32 bytes written as base64 or hex.',
    hint: 'Generate one with `openssl rand -base64 32` and put it in TACT_MASTER_KEY (or the key file).',
    retryable: false,
  },
  TACT_ERR_CONFIG_KEY_FILE_UNREADABLE: {
    message: 'The master key file exists but could not be read, or could not be created.',
    hint: 'Check the data directory and the key file permissions, or set TACT_MASTER_KEY.',
    retryable: false,
  },
  TACT_ERR_CONFIG_KEY_FILE_TOO_OPEN: {
    message: 'The master key file can be read by other users.',
    hint: 'Run `chmod 600` on the key file (it is named in the error).',
    retryable: false,
  },
  TACT_ERR_CONFIG_BAD_COOKIE_SECRET: {
    message: 'The cookie secret is shorter than 32 characters.',
    hint: 'Generate one with `openssl rand -base64 32` and put it in TACT_COOKIE_SECRET (or leave it unset to use the secret file).',
    retryable: false,
  },
  TACT_ERR_CONFIG_SECRET_FILE_UNREADABLE: {
    message: 'The cookie secret file exists but could not be read, or could not be created.',
    hint: 'Check the data directory and the file permissions (the file is named in the error), or set TACT_COOKIE_SECRET.',
    retryable: false,
  },
  TACT_ERR_CONFIG_SECRET_FILE_TOO_OPEN: {
    message: 'The cookie secret file can be read by other users.',
    hint: 'Run `chmod 600` on the file (it is named in the error).',
    retryable: false,
  },
  TACT_ERR_CONFIG_PORT_IN_USE: {
    message: 'The address the server or the SMSC simulator should listen on is in use or not available.',
    hint: 'Stop the other process, or pick another port (--port, TACT_PORT) or host (--host).',
    retryable: true,
  },
} as const satisfies ErrorTable;
