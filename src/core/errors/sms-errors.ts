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
  // HTTP providers (src/adapters/sms/http-twilio, http-aliyun).
  TACT_ERR_SMS_BAD_SIGNATURE: {
    message: 'A provider callback carried a missing or wrong signature (X-Twilio-Signature) and was refused.',
    hint: 'Check that the auth token is the primary one and that the public callback URL Tact signs with is exactly the URL the provider calls (scheme, host, port, path, query).',
    retryable: false,
  },
  TACT_ERR_SMS_BAD_CALLBACK_TOKEN: {
    message: 'A provider callback came to a path without the right secret token and was refused.',
    hint: 'Configure the provider console with the callback URL that includes the token from TACT_ALIYUN_CALLBACK_TOKEN.',
    retryable: false,
  },
  TACT_ERR_SMS_BAD_CALLBACK: {
    message: 'A provider callback could not be read (malformed body or a required field missing).',
    hint: 'Compare the request with the provider\'s published callback format; the path names the bad field.',
    retryable: false,
  },
  TACT_ERR_SMS_PROVIDER_CONFIG: {
    message: 'The SMS provider configuration is incomplete or invalid.',
    hint: 'Set the provider variables in the environment (see docs/sms.md, "HTTP providers"); the path names the missing one.',
    retryable: false,
  },
} as const satisfies ErrorTable;
