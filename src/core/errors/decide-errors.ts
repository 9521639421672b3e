import type { ErrorTable } from './error-spec.js';

// Failures of a decision request at the edge (`tact decide`, later POST /v1/decisions).
// Every failure carries the JSON path of the bad field (`$.history[3].at`); messages
// never repeat the submitted value, which may be a phone number or an e-mail address.
export const decideErrors = {
  TACT_ERR_DECIDE_INVALID_JSON: {
    message: 'The request is not valid JSON.',
    hint: 'Send exactly one JSON object (UTF-8); check quotes, commas and brackets.',
    retryable: false,
  },
  TACT_ERR_DECIDE_MISSING_FIELD: {
    message: 'A required field is missing.',
    hint: 'Add the field named by the path; docs/decide.md lists the required fields.',
    retryable: false,
  },
  TACT_ERR_DECIDE_BAD_TYPE: {
    message: 'A field has the wrong JSON type.',
    hint: 'Use the type given in docs/decision-request.schema.json for that path.',
    retryable: false,
  },
  TACT_ERR_DECIDE_UNKNOWN_VALUE: {
    message: 'A field holds a value outside its allowed set.',
    hint: 'Use one of the allowed values listed in the message (lower case, exact spelling).',
    retryable: false,
  },
  TACT_ERR_DECIDE_UNKNOWN_PACK: {
    message: 'The rule pack is unknown.',
    hint: 'Set "pack" to one of the shipped packs: "us-regf" or "cn".',
    retryable: false,
  },
  TACT_ERR_DECIDE_BAD_TIME: {
    message: 'A time is not an ISO-8601 instant with an explicit offset.',
    hint: 'Write instants like 2026-03-08T14:30:00Z or 2026-03-08T09:30:00-05:00; a local time without Z or an offset is ambiguous.',
    retryable: false,
  },
  TACT_ERR_DECIDE_UNKNOWN_ZONE: {
    message: 'A time zone is not a known IANA zone name.',
    hint: 'Use IANA names such as America/New_York or Asia/Shanghai; use [] when the zone is unknown (the pack fallback applies).',
    retryable: false,
  },
  TACT_ERR_DECIDE_BAD_LOCAL_TIME: {
    message: 'A local time of day is not "HH:MM" (24-hour clock).',
    hint: 'Write local times as two-digit hours and minutes, 00:00 to 23:59 ("24:00" is accepted as the end of the day in "to").',
    retryable: false,
  },
  TACT_ERR_DECIDE_OUT_OF_RANGE: {
    message: 'A number or list is outside its allowed range.',
    hint: 'daysPastDue is a whole number of days, 0 or more; contact.accountIds names at least one account.',
    retryable: false,
  },
  TACT_ERR_DECIDE_UNKNOWN_ACCOUNT: {
    message: 'The contact names an account that is not in "accounts".',
    hint: 'Add the account\'s state to "accounts", or remove its id from contact.accountIds.',
    retryable: false,
  },
  TACT_ERR_DECIDE_DUPLICATE_ID: {
    message: 'Two entries of "accounts" have the same id.',
    hint: 'Give each account once; use debtGroup to count several debts as one.',
    retryable: false,
  },
  TACT_ERR_DECIDE_PERSON_MISMATCH: {
    message: 'contact.personId is not person.id.',
    hint: 'The "person" object describes the recipient: use the same id in both places.',
    retryable: false,
  },
  TACT_ERR_DECIDE_BAD_ADDRESS: {
    message: 'An address is neither an E.164 phone number nor an e-mail address.',
    hint: 'Write phone numbers in E.164 ("+", the country code and the national number, digits only, no spaces) and e-mail addresses as name@domain.',
    retryable: false,
  },
} as const satisfies ErrorTable;
