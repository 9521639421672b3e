// One import row (CSV record or JSON Lines object) → a validated ImportRecord, or every
// problem of the row. Pure: the import date and the tenant's defaults arrive in `ctx`.
// The format is documented column by column in docs/import.md.
import type { TactFailure } from '../errors.js';
import type { Result } from '../result.js';
import { err, ok } from '../result.js';
import { currencyExponent } from './currency-exponents.js';
import type { AmountColumn } from './import-columns.js';
import { fieldReader, maxIdLength, type FieldReader, type ImportFields } from './import-fields.js';
import type { AccountStatus, ImportRecord, Locale } from './import-record.js';
import { accountStatuses, locales } from './import-record.js';
import { readBorrower, readContacts } from './parse-import-person.js';
import { epochDay, parseIsoDate } from './parse-iso-date.js';
import { parseMajorUnits, parseWholeNumber, type MoneyProblem } from './parse-money.js';
import type { CountryCode } from './parse-phone.js';

export type { ImportFields };

export interface ImportContext {
  /** ISO 3166 region for numbers written without a country code (the tenant's country). */
  readonly defaultRegion: CountryCode;
  /** IANA zone used when neither number nor address says where a person is. */
  readonly defaultTimeZone: string;
  /** The import date, YYYY-MM-DD in the tenant's zone; days past due derive from it. */
  readonly today: string;
}

const moneyCode = (p: MoneyProblem) => (p === 'negative' ? 'TACT_ERR_IMPORT_NEGATIVE_AMOUNT' : 'TACT_ERR_IMPORT_BAD_AMOUNT');

/** `principal` ("1234.56", major units) or `principal_minor` (123456): exactly one of them. */
const readAmount = (r: FieldReader, column: AmountColumn, exponent: number | undefined): number | undefined => {
  const major = r.raw(column);
  const minor = r.raw(`${column}_minor`);
  const given = (v: unknown): boolean => v !== undefined && v !== null && String(v).trim() !== '';
  if (given(major) && given(minor)) {
    r.report('TACT_ERR_IMPORT_BAD_AMOUNT', `${column}_minor`, `Give ${column} or ${column}_minor, not both.`);
    return undefined;
  }
  if (!given(major) && !given(minor)) {
    r.report(major === undefined && minor === undefined ? 'TACT_ERR_IMPORT_MISSING_COLUMN' : 'TACT_ERR_IMPORT_MISSING_VALUE', column);
    return undefined;
  }
  const col = given(major) ? column : `${column}_minor`;
  const value = given(major) ? major : minor;
  // Without a valid currency the scale is unknown: check the shape with the widest one.
  const exp = exponent ?? 4;
  const result = given(major)
    ? typeof value === 'number'
      ? parseWholeNumber(value, 10 ** exp)
      : parseMajorUnits(String(value), exp)
    : typeof value === 'number'
      ? parseWholeNumber(value, 1)
      : parseMajorUnits(String(value), 0);
  if (!result.ok) {
    r.report(moneyCode(result.error), col);
    return undefined;
  }
  return exponent === undefined ? undefined : result.value;
};

const readDaysPastDue = (r: FieldReader, dueDate: string | undefined, today: string): number | undefined => {
  const text = r.text('days_past_due', false);
  if (text === '') return dueDate === undefined ? undefined : Math.max(0, epochDay(today) - epochDay(dueDate));
  if (!/^\d{1,6}$/.test(text)) {
    r.report('TACT_ERR_IMPORT_BAD_DAYS_PAST_DUE', 'days_past_due');
    return undefined;
  }
  return Number(text);
};

const readFlags = (r: FieldReader): readonly string[] => {
  const text = r.text('flags', false);
  if (text === '') return [];
  const flags = text.split(';').map((f) => f.trim()).filter((f) => f !== '');
  if (flags.some((f) => !/^[a-z0-9_-]{1,32}$/.test(f))) r.report('TACT_ERR_IMPORT_BAD_FLAG', 'flags');
  // Sorted and unique, so the same flags in another order are no change on re-import.
  return [...new Set(flags)].sort();
};

const isStatus = (s: string): s is AccountStatus => (accountStatuses as readonly string[]).includes(s);
const isLocale = (s: string): s is Locale => (locales as readonly string[]).includes(s);

export const parseImportRow = (fields: ImportFields, line: number, ctx: ImportContext): Result<ImportRecord, TactFailure[]> => {
  const r = fieldReader(fields, line);
  const externalId = r.text('external_id', true, maxIdLength);
  const product = r.text('product', true, maxIdLength);
  const currencyText = r.text('currency', true, maxIdLength).toUpperCase();
  const exponent = currencyExponent(currencyText);
  if (currencyText !== '' && exponent === undefined) r.report('TACT_ERR_IMPORT_BAD_CURRENCY', 'currency');
  const principalMinor = readAmount(r, 'principal', exponent);
  const balanceMinor = readAmount(r, 'balance', exponent);
  const overdueMinor = readAmount(r, 'amount_overdue', exponent);
  const dueText = r.text('due_date', true);
  const due = dueText === '' ? undefined : parseIsoDate(dueText);
  if (due !== undefined && !due.ok) {
    r.report(due.error === 'impossible' ? 'TACT_ERR_IMPORT_IMPOSSIBLE_DATE' : 'TACT_ERR_IMPORT_BAD_DATE', 'due_date');
  }
  const dueDate = due?.ok === true ? due.value : undefined;
  const daysPastDue = readDaysPastDue(r, dueDate, ctx.today);
  const statusText = r.text('status', false).toLowerCase();
  if (statusText !== '' && !isStatus(statusText)) r.report('TACT_ERR_IMPORT_BAD_STATUS', 'status');
  const flags = readFlags(r);
  const localeText = r.text('locale', false);
  if (localeText !== '' && !isLocale(localeText)) r.report('TACT_ERR_IMPORT_BAD_LOCALE', 'locale');
  const locale: Locale = isLocale(localeText) ? localeText : ctx.defaultRegion === 'CN' ? 'zh-CN' : 'en';
  const borrower = readBorrower(r, ctx, locale);
  const contacts = readContacts(r, ctx, locale, borrower?.phoneE164);

  if (
    r.problems.length > 0 ||
    borrower === undefined ||
    principalMinor === undefined ||
    balanceMinor === undefined ||
    overdueMinor === undefined ||
    dueDate === undefined ||
    daysPastDue === undefined
  ) {
    return err(r.problems);
  }
  const status: AccountStatus = isStatus(statusText) ? statusText : daysPastDue > 0 ? 'overdue' : 'current';
  return ok({
    line,
    externalId,
    product,
    currency: currencyText,
    principalMinor,
    balanceMinor,
    overdueMinor,
    dueDate,
    daysPastDue,
    status,
    flags,
    borrower,
    contacts,
  });
};
