import type { ErrorTable } from './error-spec.js';

// Errors of `tact payments` (docs/inbound.md, "Payments"). Row failures name the line and
// column; messages never quote the value (an amount or an account is personal data).
export const paymentErrors = {
  TACT_ERR_PAYMENT_UNREADABLE_FILE: {
    message: 'The payments file cannot be read as a UTF-8 CSV.',
    hint: 'Check the path, save the file as UTF-8 CSV and close every quoted field.',
    retryable: false,
  },
  TACT_ERR_PAYMENT_MISSING_COLUMN: {
    message: 'A required column is missing from the header.',
    hint: 'The header is: external_id,account_external_id,amount,currency,paid_at (docs/inbound.md).',
    retryable: false,
  },
  TACT_ERR_PAYMENT_BAD_EXTERNAL_ID: {
    message: 'The payment id or the account id is empty or longer than 128 characters.',
    hint: 'Give every payment the lender’s own unique id, and the account’s external id as imported.',
    retryable: false,
  },
  TACT_ERR_PAYMENT_BAD_AMOUNT: {
    message: 'The amount is not a positive decimal in major units with at most the currency’s decimals.',
    hint: 'Write amounts like 800.00 (no sign, no thousands separators, no currency symbol); refunds are not payments.',
    retryable: false,
  },
  TACT_ERR_PAYMENT_BAD_CURRENCY: {
    message: 'The currency is not an ISO 4217 code.',
    hint: 'Use the three-letter code in capitals: CNY, USD, HKD…',
    retryable: false,
  },
  TACT_ERR_PAYMENT_BAD_PAID_AT: {
    message: 'paid_at is not an ISO-8601 instant with a time zone.',
    hint: 'Write the instant with its offset, e.g. 2026-03-02T10:15:00+08:00 or 2026-03-02T02:15:00Z.',
    retryable: false,
  },
  TACT_ERR_PAYMENT_UNKNOWN_ACCOUNT: {
    message: 'No account of this tenant has this external id.',
    hint: 'Import the account first (tact import), or check the account id and --tenant.',
    retryable: false,
  },
  TACT_ERR_PAYMENT_CURRENCY_MISMATCH: {
    message: 'The payment’s currency is not the account’s currency.',
    hint: 'Convert the payment to the account’s currency before recording it.',
    retryable: false,
  },
  TACT_ERR_PAYMENT_ID_CONFLICT: {
    message: 'A payment with this id was already recorded with other figures.',
    hint: 'Payment ids are unique per tenant: give a different payment a new id; a correction is not a second payment.',
    retryable: false,
  },
} as const satisfies ErrorTable;
