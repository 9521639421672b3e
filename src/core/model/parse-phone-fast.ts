// The common cases of phone parsing, fast: a number written with `+` and its country code
// (`+86 138 0013 8001`, `+1 (202) 555-0123`) or nationally in the tenant's region
// (`138 0013 8001` in CN, `(202) 555-0123` in US). It follows the steps of libphonenumber-js's
// own parse and isValid() — calling code, national prefix, country by leading digits or
// number type, the number-type patterns — reading the same `max` metadata through its
// Metadata class, but with each pattern compiled once instead of once per call (the
// library builds `new RegExp(...)` from the metadata text for every test, ≈ 10 µs per
// number). It answers only when the answer is certain: `undefined` means "ask the full
// parser" (any other shape, an international or national prefix that parsing might
// strip, an unknown country, an invalid number). test/unit/model/parse-phone-fast.test.ts
// checks that it agrees with parsePhoneNumberFromString + isValid() on every example
// number of every country and on thousands of variants of them.
import { Metadata } from 'libphonenumber-js/max';

/** What a valid number parses to (the fields parse-phone.ts reads from a PhoneNumber). */
export interface FastPhone {
  readonly e164: string;
  readonly country: string;
  readonly callingCode: string;
  readonly nationalNumber: string;
}

// The runtime API of libphonenumber-js's Metadata that its parser uses (its .d.ts
// declares only selectNumberingPlan). Absent values may be undefined, '' or 0: like the
// library, test them for truthiness.
interface NumberType {
  pattern(): string | 0 | undefined;
  possibleLengths(): readonly number[] | 0 | undefined;
}
interface NumberingPlan {
  callingCode(): string;
  IDDPrefix(): string | 0 | undefined;
  nationalNumberPattern(): string;
  nationalPrefixForParsing(): string | 0 | undefined;
  leadingDigits(): string | 0 | undefined;
  hasTypes(): boolean;
  type(t: string): NumberType | undefined;
}
interface MetadataApi {
  selectNumberingPlan(countryOrCallingCode: string): unknown;
  numberingPlan?: NumberingPlan;
  hasCallingCode(callingCode: string): boolean;
  hasCountry(country: string): boolean;
  getCountryCodesForCallingCode(callingCode: string): readonly string[] | undefined;
}

// Every type getNumberType() tries; a number is valid when it matches any of them.
const numberTypes = ['MOBILE', 'FIXED_LINE', 'PREMIUM_RATE', 'TOLL_FREE', 'SHARED_COST', 'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL'];

interface Plan {
  readonly callingCode: string;
  /** `^(?:IDD prefix)`: a national-looking number starting so is international. */
  readonly idd: RegExp | undefined;
  /** `^(?:national_prefix_for_parsing)`, when the plan has one. */
  readonly prefix: RegExp | undefined;
  readonly leadingDigits: RegExp | undefined;
  /** getNumberType() !== undefined */
  readonly hasType: (nationalNumber: string) => boolean;
  /** isValid(): by type, or by the general pattern alone when the plan lists no types. */
  readonly isValid: (nationalNumber: string) => boolean;
}

const metadata = new Metadata() as unknown as MetadataApi;
const whole = (pattern: string): RegExp => new RegExp(`^(?:${pattern})$`);

const planOf = (countryOrCallingCode: string): Plan => {
  metadata.selectNumberingPlan(countryOrCallingCode);
  const plan = metadata.numberingPlan as NumberingPlan;
  const general = whole(plan.nationalNumberPattern());
  const npfp = plan.nationalPrefixForParsing();
  const leading = plan.leadingDigits();
  const idd = plan.IDDPrefix();
  const types = numberTypes.flatMap((t) => {
    const def = plan.type(t);
    const pattern = def?.pattern();
    if (def === undefined || !pattern) return [];
    return [{ re: whole(pattern), lengths: def.possibleLengths() || undefined }];
  });
  const hasType = (nn: string): boolean =>
    general.test(nn) && types.some((t) => (t.lengths === undefined || t.lengths.includes(nn.length)) && t.re.test(nn));
  return {
    callingCode: plan.callingCode(),
    idd: idd ? new RegExp(`^(?:${idd})`) : undefined,
    prefix: npfp ? new RegExp(`^(?:${npfp})`) : undefined,
    leadingDigits: leading ? new RegExp(`^(?:${leading})`) : undefined,
    hasType,
    isValid: plan.hasTypes() ? hasType : (nn) => general.test(nn),
  };
};

const plans = new Map<string, Plan>();
const plan = (countryOrCallingCode: string): Plan => {
  let p = plans.get(countryOrCallingCode);
  if (p === undefined) {
    p = planOf(countryOrCallingCode);
    plans.set(countryOrCallingCode, p);
  }
  return p;
};

/** getCountryByCallingCode: the only country, or the first whose leading digits or number types fit. */
const countryOf = (callingCode: string, nationalNumber: string): string | undefined => {
  const countries = metadata.getCountryCodesForCallingCode(callingCode);
  if (countries === undefined) return undefined;
  if (countries.length === 1) return countries[0];
  for (const country of countries) {
    const p = plan(country);
    if (p.leadingDigits !== undefined ? p.leadingDigits.test(nationalNumber) : p.hasType(nationalNumber)) return country;
  }
  return undefined;
};

const plusShape = /^\+[\d ().\-/]+$/;
const nationalShape = /^[\d(][\d ().\-/]*$/;
const punctuation = /[ ().\-/]/g;

const result = (callingCode: string, nationalNumber: string, country: string | undefined): FastPhone | undefined =>
  country === undefined || !plan(country).isValid(nationalNumber)
    ? undefined
    : { e164: `+${callingCode}${nationalNumber}`, country, callingCode, nationalNumber };

/** `+` and digits: the calling code, then the national number as it is. */
const parsePlus = (digits: string): FastPhone | undefined => {
  if (digits[0] === '0') return undefined;
  let callingCode: string | undefined;
  for (let i = 1; i <= 3 && i < digits.length; i += 1) {
    if (metadata.hasCallingCode(digits.slice(0, i))) {
      callingCode = digits.slice(0, i);
      break;
    }
  }
  if (callingCode === undefined) return undefined;
  const nationalNumber = digits.slice(callingCode.length);
  // Parsing would try to strip a national prefix here, with rules of its own: leave it to the library.
  if (plan(callingCode).prefix?.test(nationalNumber) === true) return undefined;
  if (nationalNumber.length < 2 || nationalNumber.length > 17) return undefined;
  return result(callingCode, nationalNumber, countryOf(callingCode, nationalNumber));
};

/** Digits without `+`, read in `region`: only when no IDD prefix, own calling code or national prefix could apply. */
const parseNational = (digits: string, region: string): FastPhone | undefined => {
  if (!metadata.hasCountry(region)) return undefined;
  const p = plan(region);
  if (p.idd === undefined || p.idd.test(digits) || digits.startsWith(p.callingCode) || p.prefix?.test(digits) === true) return undefined;
  if (digits.length > 17) return undefined;
  return result(p.callingCode, digits, countryOf(p.callingCode, digits) ?? region);
};

/** A valid number as libphonenumber-js would parse it in `region`, or undefined when unsure or invalid. */
export const parsePhoneFast = (text: string, region: string): FastPhone | undefined => {
  if (text.length > 250) return undefined;
  const plus = plusShape.test(text);
  if (!plus && !nationalShape.test(text)) return undefined;
  const digits = (plus ? text.slice(1) : text).replace(punctuation, '');
  if (digits.length < 3) return undefined;
  return plus ? parsePlus(digits) : parseNational(digits, region);
};
