// Variable values for a template, and how each is written in a locale. Amounts are
// integer minor units with an ISO 4217 currency; dates are calendar dates YYYY-MM-DD
// (the lender's calendar, no time zone). Intl is pure ECMAScript, not I/O.
import { err, ok, type Result } from '../result.js';
import type { PlaceholderName } from './placeholders.js';
import type { MessageLocale } from './template.js';

export interface Money {
  /** Integer minor units (fen, cents). */
  readonly minor: number;
  /** ISO 4217, e.g. CNY, USD. */
  readonly currency: string;
}

export interface PlanOption {
  readonly installments: number;
  /** Each instalment, in integer minor units of `currency`. */
  readonly installmentMinor: number;
  readonly currency: string;
}

export interface MessageVars {
  readonly borrowerName?: string;
  readonly contactName?: string;
  readonly amountOverdue?: Money;
  readonly dueDate?: string;
  readonly planOptions?: readonly PlanOption[];
  readonly hotline?: string;
  readonly portalUrl?: string;
  readonly brand?: string;
}

// Intl formatters are immutable and costly to build (tens of µs each); the planner
// renders one message per account, so each is built once per locale and currency.
// Keys are bounded: 3-letter currency codes × 2 locales.
const memo = <V>(build: (key: string) => V): ((key: string) => V) => {
  const cache = new Map<string, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key) as V;
    const v = build(key);
    cache.set(key, v);
    return v;
  };
};

const currencyDigits = memo((currency: string): number | undefined => {
  if (!/^[A-Z]{3}$/.test(currency)) return undefined;
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
  } catch {
    return undefined;
  }
});
const moneyFormat = memo((key: string) => {
  const [locale, currency] = key.split('|') as [string, string];
  return new Intl.NumberFormat(locale, { style: 'currency', currency });
});
const dateFormat = memo((locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }));

/** ¥1,234.50 / $1,234.50 from minor units, exact (no floating point on the way). */
export const formatMoney = (money: Money, locale: MessageLocale): string | undefined => {
  const digits = currencyDigits(money.currency);
  if (digits === undefined || !Number.isSafeInteger(money.minor) || money.minor < 0) return undefined;
  const s = String(money.minor).padStart(digits + 1, '0');
  const decimal = digits === 0 ? s : `${s.slice(0, -digits)}.${s.slice(-digits)}`;
  return moneyFormat(`${locale}|${money.currency}`).format(decimal as `${number}`);
};

/** 2026年3月8日 / March 8, 2026; undefined unless a real YYYY-MM-DD date. */
export const formatDate = (isoDate: string, locale: MessageLocale): string | undefined => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (m === null) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return dateFormat(locale).format(date);
};

/** 分3期，每期¥400.00；分6期，每期¥200.00 / 3 payments of $400.00 or 6 payments of $200.00 */
export const formatPlanOptions = (plans: readonly PlanOption[], locale: MessageLocale): string | undefined => {
  const parts: string[] = [];
  for (const p of plans) {
    const each = formatMoney({ minor: p.installmentMinor, currency: p.currency }, locale);
    if (each === undefined || !Number.isSafeInteger(p.installments) || p.installments < 1) return undefined;
    parts.push(locale === 'zh-CN' ? `分${p.installments}期，每期${each}` : `${p.installments} payments of ${each}`);
  }
  if (parts.length === 0) return undefined;
  return parts.join(locale === 'zh-CN' ? '；' : ' or ');
};

/**
 * The text for one placeholder: ok(text), err('missing') when no value was given,
 * err('bad') when the value has the wrong form.
 */
export const formatVariable = (
  name: PlaceholderName,
  vars: MessageVars,
  locale: MessageLocale,
): Result<string, 'missing' | 'bad'> => {
  const text = (v: string | undefined): Result<string, 'missing' | 'bad'> =>
    v === undefined ? err('missing') : v.trim() === '' ? err('bad') : ok(v.trim());
  const formatted = (v: unknown, s: string | undefined): Result<string, 'missing' | 'bad'> =>
    v === undefined ? err('missing') : s === undefined ? err('bad') : ok(s);
  switch (name) {
    case 'amountOverdue':
      return formatted(vars.amountOverdue, vars.amountOverdue && formatMoney(vars.amountOverdue, locale));
    case 'dueDate':
      return formatted(vars.dueDate, vars.dueDate === undefined ? undefined : formatDate(vars.dueDate, locale));
    case 'planOptions':
      return formatted(vars.planOptions, vars.planOptions && formatPlanOptions(vars.planOptions, locale));
    default:
      return text(vars[name]);
  }
};
