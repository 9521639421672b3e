import type { ErrorTable } from './error-spec.js';

// Errors of `tact import` (docs/import.md). Every row failure names its line and column;
// messages never quote the bad value, because it may be a name, number or amount.
export const importErrors = {
  TACT_ERR_IMPORT_BAD_ENCODING: {
    message: 'The file is not valid UTF-8.',
    hint: 'Save the file as UTF-8 (in Excel: "CSV UTF-8"; in WPS/Notepad: encoding UTF-8) and import it again.',
    retryable: false,
  },
  TACT_ERR_IMPORT_MALFORMED_CSV: {
    message: 'The CSV cannot be read past this line (an unbalanced or stray quote).',
    hint: 'Close every quoted field and write a quote inside a quoted field as two quotes ("").',
    retryable: false,
  },
  TACT_ERR_IMPORT_MALFORMED_JSONL: {
    message: 'This line is not one JSON object whose values are strings, numbers or null.',
    hint: 'Write one JSON object per line, e.g. {"external_id":"A-1",…}; nested objects and arrays are not accepted.',
    retryable: false,
  },
  TACT_ERR_IMPORT_EMPTY_FILE: {
    message: 'The file has no header or no rows.',
    hint: 'Start a CSV with the header line of docs/import.md and put one account per line below it.',
    retryable: false,
  },
  TACT_ERR_IMPORT_MISSING_COLUMN: {
    message: 'A required column is missing.',
    hint: 'Add the column named in the error; docs/import.md lists the required columns.',
    retryable: false,
  },
  TACT_ERR_IMPORT_UNKNOWN_COLUMN: {
    message: 'The column is not part of the import format.',
    hint: 'Check the spelling against docs/import.md, or remove the column.',
    retryable: false,
  },
  TACT_ERR_IMPORT_DUPLICATE_COLUMN: {
    message: 'The same column appears twice in the header.',
    hint: 'Keep one column of each name.',
    retryable: false,
  },
  TACT_ERR_IMPORT_WRONG_COLUMN_COUNT: {
    message: 'The row does not have as many fields as the header.',
    hint: 'Quote fields that contain commas and give every row one field per header column (empty fields are fine).',
    retryable: false,
  },
  TACT_ERR_IMPORT_MISSING_VALUE: {
    message: 'A required field is empty.',
    hint: 'Fill in the field; docs/import.md says which fields are required.',
    retryable: false,
  },
  TACT_ERR_IMPORT_TOO_LONG: {
    message: 'The field is longer than the format allows.',
    hint: 'Shorten the field: ids and codes up to 64 characters, names and other text up to 200.',
    retryable: false,
  },
  TACT_ERR_IMPORT_DUPLICATE_EXTERNAL_ID: {
    message: 'The external id already appeared on an earlier line of this file.',
    hint: 'Give each account one row; merge or remove the repeated row (the message names the first line).',
    retryable: false,
  },
  TACT_ERR_IMPORT_BAD_AMOUNT: {
    message: 'The amount is not a decimal number in major units with at most the currency’s decimals.',
    hint: 'Write amounts like 1234.56 (no thousands separators, no currency sign); CNY and USD take up to 2 decimals, JPY none.',
    retryable: false,
  },
  TACT_ERR_IMPORT_NEGATIVE_AMOUNT: {
    message: 'The amount is negative.',
    hint: 'Amounts are what the borrower owes: 0 or more. Record credits and refunds as payments, not as a negative balance.',
    retryable: false,
  },
  TACT_ERR_IMPORT_BAD_CURRENCY: {
    message: 'The currency is not an ISO 4217 code.',
    hint: 'Use the three-letter code in capitals: CNY, USD, HKD…',
    retryable: false,
  },
  TACT_ERR_IMPORT_BAD_DATE: {
    message: 'The date is not written as YYYY-MM-DD.',
    hint: 'Write dates as 2026-03-31 (four-digit year, two-digit month and day).',
    retryable: false,
  },
  TACT_ERR_IMPORT_IMPOSSIBLE_DATE: {
    message: 'The date does not exist in the calendar.',
    hint: 'Check the day of the month (e.g. 2026-02-30 does not exist; February 2026 has 28 days).',
    retryable: false,
  },
  TACT_ERR_IMPORT_BAD_DAYS_PAST_DUE: {
    message: 'Days past due is not a whole number of 0 or more.',
    hint: 'Write a whole number such as 15, or leave it empty to derive it from due_date and the import date.',
    retryable: false,
  },
  TACT_ERR_IMPORT_BAD_STATUS: {
    message: 'The account status is not one of the accepted values.',
    hint: 'Use current, overdue, settled, cured, written_off or paused, or leave it empty.',
    retryable: false,
  },
  TACT_ERR_IMPORT_BAD_FLAG: {
    message: 'A flag is not a lowercase word.',
    hint: 'Separate flags with ";" and write each as lowercase letters, digits, "_" or "-" (e.g. hardship;vip).',
    retryable: false,
  },
  TACT_ERR_IMPORT_BAD_PHONE: {
    message: 'The phone number is not a valid number.',
    hint: 'Write the full number, ideally in international form with + and country code (+86 138 0013 8000, +1 202 555 0123).',
    retryable: false,
  },
  TACT_ERR_IMPORT_FOREIGN_PHONE_WITHOUT_PLUS: {
    message: 'The number is not valid in the default region but is valid with a + in front: a number from another country.',
    hint: 'Write numbers from other countries with + and the country code (e.g. +1 202 555 0123), or set --region.',
    retryable: false,
  },
  TACT_ERR_IMPORT_BAD_EMAIL: {
    message: 'The e-mail address is not valid.',
    hint: 'Write one address like name@example.com, or leave the field empty.',
    retryable: false,
  },
  TACT_ERR_IMPORT_UNKNOWN_ZONE: {
    message: 'The time zone is not an IANA time zone name.',
    hint: 'Use names like Asia/Shanghai or America/New_York; separate several with ";".',
    retryable: false,
  },
  TACT_ERR_IMPORT_BAD_REGION: {
    message: 'The address region is not an ISO 3166 code Tact knows.',
    hint: 'Use a country code (CN, US) or a US state / Canadian province code (US-CA, CA-ON), or leave it empty.',
    retryable: false,
  },
  TACT_ERR_IMPORT_BAD_LOCALE: {
    message: 'The locale is not supported.',
    hint: 'Use zh-CN or en, or leave it empty to use the default for the region.',
    retryable: false,
  },
  TACT_ERR_IMPORT_BAD_ROLE: {
    message: 'The contact role is not one of the accepted values.',
    hint: 'Use co_borrower, guarantor or emergency_contact.',
    retryable: false,
  },
  TACT_ERR_IMPORT_INCOMPLETE_CONTACT: {
    message: 'A contact has some fields filled but not its name, phone and role.',
    hint: 'Give each contact a name, a phone and a role, or leave all of its fields empty.',
    retryable: false,
  },
  TACT_ERR_IMPORT_TOO_MANY_CONTACTS: {
    message: 'A row may carry at most 5 contacts (contact1_… to contact5_…).',
    hint: 'Keep the 5 most useful contacts; add others later through the API.',
    retryable: false,
  },
  TACT_ERR_IMPORT_REPEATED_PHONE: {
    message: 'The same number is given for two people of one account.',
    hint: 'Give each person their own number; remove the repeated contact.',
    retryable: false,
  },
} as const satisfies ErrorTable;
