import type { ErrorTable } from './error-spec.js';

export const smsErrors = {
  // SMPP adapter and bundled SMSC simulator (src/adapters/sms/smpp, simulator/smsc-*).
  TACT_ERR_SMS_BAD_SMPP_URL: {
    message: 'The SMPP address is not a valid smpp:// or ssmpp:// URL.',
    hint: 'Write it as smpp://SYSTEM_ID:PASSWORD@HOST:PORT (ssmpp:// for TLS); percent-encode special characters.',
    retryable: false,
  },
  TACT_ERR_SMS_BIND_FAILED: {
    message: 'The SMSC refused the bind (wrong system_id or password, or the account may not bind).',
    hint: 'Check the system_id and password in the smpp:// URL against the SMSC account; the reason names the SMPP status.',
    retryable: false,
  },
  TACT_ERR_SMS_CONNECT_FAILED: {
    message: 'Could not open a connection to the SMSC.',
    hint: 'Check host, port and TLS (smpp:// or ssmpp://), and that the SMSC (or `tact smsc`) is running.',
    retryable: true,
  },
  TACT_ERR_SMS_SMSC_LISTEN_FAILED: {
    message: 'The SMSC simulator could not listen on the requested port.',
    hint: 'Pick another --port (0 picks a free one) or stop the process that holds it.',
    retryable: false,
  },
} as const satisfies ErrorTable;
