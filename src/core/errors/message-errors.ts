import type { ErrorTable } from './error-spec.js';

// Messages: templates, rendering, lint and verification codes (docs/messages.md).
// Messages never quote a variable's value: values are personal data.
export const messageErrors = {
  TACT_ERR_MESSAGE_BAD_SIGNATURE: {
    message: 'The tenant SMS signature (brand) must be 2 to 12 characters without brackets',
    hint: 'Set a brand of 2–12 characters; the renderer adds the brackets (【品牌】) itself',
    retryable: false,
  },
  TACT_ERR_MESSAGE_UNKNOWN_PLACEHOLDER: {
    message: 'The template uses a placeholder that is not in the registry',
    hint: 'Use only the placeholders listed in docs/messages.md; the code, signature and footer are added by the renderer',
    retryable: false,
  },
  TACT_ERR_MESSAGE_MISSING_VARIABLE: {
    message: 'The template uses a placeholder for which no value was given',
    hint: 'Pass a value for every placeholder the template uses, or choose a template that does not need it',
    retryable: false,
  },
  TACT_ERR_MESSAGE_BAD_VARIABLE: {
    message: 'A variable value has the wrong form (amount not in integer minor units, unknown currency, date not YYYY-MM-DD, empty text)',
    hint: 'Give amounts as integer minor units with an ISO 4217 currency and dates as YYYY-MM-DD',
    retryable: false,
  },
  TACT_ERR_MESSAGE_BAD_CODE: {
    message: 'The verification code is not 8 Crockford base32 characters',
    hint: 'Take the code from the CodeGenerator port; never build one by hand or from an id',
    retryable: false,
  },
  TACT_ERR_MESSAGE_BAD_TEMPLATE: {
    message: 'A template is malformed (id, key or body missing; audience, channel or locale unknown; version not a positive integer)',
    hint: 'Give each template id, key, audience (borrower|third_party), channel (sms|email), locale (zh-CN|en), body and version ≥ 1',
    retryable: false,
  },
  TACT_ERR_MESSAGE_LINT_FAILED: {
    message: 'The message breaks a content rule (debt disclosure to a third party, threat, link, hand-written footer…)',
    hint: 'Run `tact templates lint` and rewrite the template; see the lint rules in docs/messages.md',
    retryable: false,
  },
  TACT_ERR_MESSAGE_BAD_SETTINGS: {
    message: 'The tenant messaging settings are invalid (hotline empty, portal not a link on the allow-list, price not a whole number ≥ 0, currency unknown)',
    hint: 'Run `tact tenant messaging set` with a hotline, a portal URL whose host is in --allow, --price in minor units and an ISO 4217 --currency',
    retryable: false,
  },
} as const satisfies ErrorTable;
