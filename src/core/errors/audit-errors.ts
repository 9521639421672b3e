import type { ErrorTable } from './error-spec.js';

export const auditErrors = {
  TACT_ERR_AUDIT_CHAIN_BROKEN: {
    message: 'The audit chain is broken: an event was changed, removed or inserted.',
    hint: 'Treat the database as tampered with from the named event on; restore from a backup and investigate.',
    retryable: false,
  },
} as const satisfies ErrorTable;
