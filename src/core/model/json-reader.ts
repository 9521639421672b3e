// Small readers for untrusted JSON that collect EVERY problem instead of stopping at
// the first one. Each reader returns the value, or undefined after recording a failure
// at the JSON path it was given. Messages name the path, never the submitted value
// (it may be a phone number or an e-mail address).
import { IANAZone } from 'luxon';
import { failure } from '../errors.js';
import type { ErrorCode, TactFailure } from '../errors.js';

export type Json = unknown;
export type JsonObject = Readonly<Record<string, unknown>>;

export class JsonReader {
  readonly failures: TactFailure[] = [];

  fail(code: ErrorCode, path: string, message?: string): undefined {
    this.failures.push(failure(code, message === undefined ? { path } : { path, message }));
    return undefined;
  }

  /** A required field: records MISSING_FIELD when absent (null counts as absent). */
  required<T>(obj: JsonObject, key: string, path: string, read: (v: Json, p: string) => T | undefined): T | undefined {
    const v = obj[key];
    if (v === undefined || v === null) return this.fail('TACT_ERR_DECIDE_MISSING_FIELD', `${path}.${key}`, `Required field ${path}.${key} is missing.`);
    return read(v, `${path}.${key}`);
  }

  /** An optional field: absent or null is fine and yields undefined without a failure. */
  optional<T>(obj: JsonObject, key: string, path: string, read: (v: Json, p: string) => T | undefined): T | undefined {
    const v = obj[key];
    if (v === undefined || v === null) return undefined;
    return read(v, `${path}.${key}`);
  }

  object(v: Json, path: string): JsonObject | undefined {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return this.badType(path, 'an object', v);
    return v as JsonObject;
  }

  string(v: Json, path: string): string | undefined {
    return typeof v === 'string' ? v : this.badType(path, 'a string', v);
  }

  /** A non-empty id string. */
  id(v: Json, path: string): string | undefined {
    const s = this.string(v, path);
    if (s === undefined) return undefined;
    return s.length > 0 ? s : this.fail('TACT_ERR_DECIDE_OUT_OF_RANGE', path, `${path} must not be empty.`);
  }

  boolean(v: Json, path: string): boolean | undefined {
    return typeof v === 'boolean' ? v : this.badType(path, 'true or false', v);
  }

  /** A whole number >= min. */
  integer(v: Json, path: string, min: number): number | undefined {
    if (typeof v !== 'number' || !Number.isFinite(v)) return this.badType(path, 'a number', v);
    if (!Number.isInteger(v) || v < min) {
      return this.fail('TACT_ERR_DECIDE_OUT_OF_RANGE', path, `${path} must be a whole number, ${min} or more.`);
    }
    return v;
  }

  oneOf<T extends string>(v: Json, path: string, allowed: readonly T[]): T | undefined {
    const s = this.string(v, path);
    if (s === undefined) return undefined;
    if ((allowed as readonly string[]).includes(s)) return s as T;
    return this.fail('TACT_ERR_DECIDE_UNKNOWN_VALUE', path, `${path} has an unknown value; allowed: ${allowed.join(', ')}.`);
  }

  /** Every element read with `read`; undefined if the array or any element is bad. */
  array<T>(v: Json, path: string, read: (e: Json, p: string) => T | undefined): readonly T[] | undefined {
    if (!Array.isArray(v)) return this.badType(path, 'an array', v);
    const out: T[] = [];
    let bad = false;
    v.forEach((e: Json, i) => {
      const r = read(e, `${path}[${i}]`);
      if (r === undefined) bad = true;
      else out.push(r);
    });
    return bad ? undefined : out;
  }

  /** An ISO-8601 instant with Z or an explicit ±HH:MM offset, kept as written. */
  instant(v: Json, path: string): string | undefined {
    const s = this.string(v, path);
    if (s === undefined) return undefined;
    if (isInstant(s)) return s;
    return this.fail('TACT_ERR_DECIDE_BAD_TIME', path, `${path} is not an ISO-8601 instant with Z or an explicit offset.`);
  }

  /** "HH:MM" on a 24-hour clock; "24:00" only where `allowEndOfDay`. */
  localTime(v: Json, path: string, allowEndOfDay: boolean): string | undefined {
    const s = this.string(v, path);
    if (s === undefined) return undefined;
    if (localTimePattern.test(s) || (allowEndOfDay && s === '24:00')) return s;
    return this.fail('TACT_ERR_DECIDE_BAD_LOCAL_TIME', path, `${path} is not a local time "HH:MM" (00:00 to 23:59).`);
  }

  zone(v: Json, path: string): string | undefined {
    const s = this.string(v, path);
    if (s === undefined) return undefined;
    if (isZone(s)) return s;
    return this.fail('TACT_ERR_DECIDE_UNKNOWN_ZONE', path, `${path} is not a known IANA time zone name.`);
  }

  /** An E.164 phone number or an e-mail address. */
  address(v: Json, path: string): string | undefined {
    const s = this.string(v, path);
    if (s === undefined) return undefined;
    if (e164Pattern.test(s) || emailPattern.test(s)) return s;
    return this.fail('TACT_ERR_DECIDE_BAD_ADDRESS', path, `${path} is neither an E.164 number nor an e-mail address.`);
  }

  private badType(path: string, expected: string, got: Json): undefined {
    return this.fail('TACT_ERR_DECIDE_BAD_TYPE', path, `${path} must be ${expected}, not ${jsonType(got)}.`);
  }
}

/** The JSON type name of a value, for messages (never the value itself). */
export const jsonType = (v: Json): string =>
  v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;

// Date, "T", hours and minutes, optional seconds and fraction, then Z or ±HH:MM.
const instantPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;
const localTimePattern = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
const ianaNamePattern = /^[A-Za-z][A-Za-z0-9_+\-/]*$/;
// E.164: "+", a non-zero country code digit, 8 to 15 digits in all.
const e164Pattern = /^\+[1-9]\d{6,14}$/;
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Syntax, then calendar: month 1-12, a day that exists, 00:00:00 to 23:59:59, offset up to ±18:00. */
export const isInstant = (s: string): boolean => {
  const m = instantPattern.exec(s);
  if (m === null) return false;
  const [year, month, day, hour, minute, second, offH, offM] = m.slice(1).map((x) => (x === undefined ? 0 : Number(x)));
  if (month === undefined || month < 1 || month > 12 || day === undefined || day < 1) return false;
  if (day > daysInMonth(year ?? 0, month)) return false;
  if ((hour ?? 0) > 23 || (minute ?? 0) > 59 || (second ?? 0) > 59) return false;
  return (offH ?? 0) * 60 + (offM ?? 0) <= 18 * 60;
};

const daysInMonth = (year: number, month: number): number =>
  month === 2 ? ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

// Asking Intl about a zone costs tens of microseconds; requests repeat the same few
// zones, so answers are remembered (a deterministic memo, bounded in size).
const zoneAnswers = new Map<string, boolean>();

export const isZone = (s: string): boolean => {
  const known = zoneAnswers.get(s);
  if (known !== undefined) return known;
  // isValidZone also accepts "UTC"; fixed offsets like "+05:00" are not IANA names.
  const answer = ianaNamePattern.test(s) && IANAZone.isValidZone(s);
  if (zoneAnswers.size < 10_000) zoneAnswers.set(s, answer);
  return answer;
};
