// Payments CSV (UTF-8, header line) → validated payment inputs, every row checked and
// every problem reported with its line and column (values never quoted: they are
// personal data). Columns: external_id, account_external_id, amount (decimal major
// units, e.g. 800.00), currency (ISO 4217), paid_at (ISO-8601 instant with an offset).
import { parse } from 'csv-parse/sync';
import { failure, type TactFailure } from '../../core/errors.js';
import { parseMajorUnits } from '../../core/model/parse-money.js';
import type { PaymentInput } from './record-payment.js';

export const paymentColumns = ['external_id', 'account_external_id', 'amount', 'currency', 'paid_at'] as const;

export interface PaymentRow extends PaymentInput {
  /** 1-based line in the file (the header is line 1). */
  readonly line: number;
}

// Intl formats any three letters; only the codes it knows are ISO 4217 (RMB is not).
const knownCurrencies = new Set(Intl.supportedValuesOf('currency'));

const currencyExponent = (code: string): number | undefined => {
  if (!knownCurrencies.has(code)) return undefined;
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits;
  } catch {
    return undefined;
  }
};

// An instant needs an explicit zone: a bare local time is ambiguous for a payment.
const instant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export const parsePaymentRows = (text: string): { readonly rows: readonly PaymentRow[]; readonly problems: readonly TactFailure[] } => {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
  } catch {
    return { rows: [], problems: [failure('TACT_ERR_PAYMENT_UNREADABLE_FILE')] };
  }
  const header = records[0] ?? [];
  const index = new Map(header.map((h, i) => [h.toLowerCase(), i]));
  const missing = paymentColumns.filter((c) => !index.has(c));
  if (records.length === 0 || missing.length > 0) {
    return { rows: [], problems: (missing.length > 0 ? missing : paymentColumns).map((c) => failure('TACT_ERR_PAYMENT_MISSING_COLUMN', { path: c })) };
  }
  const rows: PaymentRow[] = [];
  const problems: TactFailure[] = [];
  records.slice(1).forEach((r, i) => {
    const line = i + 2;
    const get = (c: (typeof paymentColumns)[number]): string => r[index.get(c) ?? -1] ?? '';
    const before = problems.length;
    const externalId = get('external_id');
    const accountExternalId = get('account_external_id');
    for (const [c, v] of [['external_id', externalId], ['account_external_id', accountExternalId]] as const) {
      if (v === '' || v.length > 128) problems.push(failure('TACT_ERR_PAYMENT_BAD_EXTERNAL_ID', { line, path: c }));
    }
    const currency = get('currency').toUpperCase();
    const exponent = currencyExponent(currency);
    if (exponent === undefined) problems.push(failure('TACT_ERR_PAYMENT_BAD_CURRENCY', { line, path: 'currency' }));
    const amount = parseMajorUnits(get('amount'), exponent ?? 2);
    if (!amount.ok || amount.value <= 0) problems.push(failure('TACT_ERR_PAYMENT_BAD_AMOUNT', { line, path: 'amount' }));
    const paidText = get('paid_at');
    const paidAt = instant.test(paidText) ? Date.parse(paidText) : Number.NaN;
    if (Number.isNaN(paidAt)) problems.push(failure('TACT_ERR_PAYMENT_BAD_PAID_AT', { line, path: 'paid_at' }));
    if (problems.length === before && amount.ok) rows.push({ line, externalId, accountExternalId, amountMinor: amount.value, currency, paidAt });
  });
  return { rows, problems };
};
