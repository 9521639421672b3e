// Phone numbers → E.164 with libphonenumber-js and its `max` metadata: `min` validates
// only by the general national pattern, which accepts e.g. 12025550123 as a Chinese fixed
// line, so a US number written without + would silently become a number in China.
import type { CountryCode } from 'libphonenumber-js/max';
import { isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { Result } from '../result.js';
import { err, ok } from '../result.js';
import { parsePhoneFast } from './parse-phone-fast.js';

export type { CountryCode };

export interface ParsedPhone {
  readonly e164: string;
  /** ISO 3166 country of the number when the metadata can tell (NANP shares +1). */
  readonly country: string | undefined;
  readonly callingCode: string;
  readonly nationalNumber: string;
}

export type PhoneProblem = 'bad' | 'foreign_without_plus';

const parseValid = (text: string, region: CountryCode): ParsedPhone | undefined => {
  const p = parsePhoneNumberFromString(text, { defaultCountry: region, extract: false });
  if (p === undefined || !p.isValid()) return undefined;
  return { e164: p.number, country: p.country, callingCode: p.countryCallingCode, nationalNumber: p.nationalNumber };
};

/**
 * A number as written by a lender: international (`+…`, or the region's IDD prefix such
 * as 00) or national in `region`. A national-looking number that is invalid in `region`
 * but valid once a `+` is put in front is reported as a foreign number missing its `+`,
 * because guessing would send messages to the wrong country.
 */
export const parsePhone = (text: string, region: CountryCode): Result<ParsedPhone, PhoneProblem> => {
  const trimmed = text.trim();
  if (trimmed === '' || !/^[+(\d][\d\s().\-/]*$/.test(trimmed)) return err('bad');
  // Most numbers take the fast path: the same answer as below at a fraction of the cost.
  const fast = parsePhoneFast(trimmed, region);
  if (fast !== undefined) return ok(fast);
  const parsed = parseValid(trimmed, region);
  if (parsed !== undefined) return ok(parsed);
  if (!trimmed.startsWith('+')) {
    const asInternational = parseValid(`+${trimmed.replace(/^0+/, '')}`, region);
    if (asInternational !== undefined && asInternational.country !== region) return err('foreign_without_plus');
  }
  return err('bad');
};

/** Whether libphonenumber-js knows the region (ISO 3166 alpha-2), e.g. for --region. */
export const isPhoneRegion = (region: string): region is CountryCode => isSupportedCountry(region);
