// The fast path of phone parsing must give exactly what libphonenumber-js gives (parse +
// isValid()), or no answer: checked on every country's example number and on thousands
// of variants of them (digits changed, added, removed, formatted; with `+` and without,
// read in the number's own region, in CN and in US), valid and invalid.
import { describe, expect, it } from 'vitest';
import examples from 'libphonenumber-js/examples.mobile.json' with { type: 'json' };
import { getCountryCallingCode, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { parsePhoneFast } from '../../../src/core/model/parse-phone-fast.js';

const slow = (text: string, region: CountryCode) => {
  const p = parsePhoneNumberFromString(text, { defaultCountry: region, extract: false });
  if (p === undefined || !p.isValid()) return undefined;
  return { e164: p.number, country: p.country, callingCode: p.countryCallingCode, nationalNumber: p.nationalNumber };
};

// A small deterministic PRNG (mulberry32), so a failure can be replayed.
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/** A national number and variants of it: formatted, one digit changed, shorter, longer, random tails. */
const variants = (national: string, next: () => number): string[] => {
  const out = [national, `(${national.slice(0, 3)}) ${national.slice(3)}`, `0${national}`, `${national.slice(0, 2)}.${national.slice(2, 5)}/${national.slice(5)}`];
  out.push(national.slice(0, -1), `${national}5`, `${national.slice(0, 3)}-${national.slice(3)}`);
  for (let i = 0; i < national.length; i += 1) {
    const d = (Number(national[i]) + 1 + Math.floor(next() * 9)) % 10;
    out.push(`${national.slice(0, i)}${d}${national.slice(i + 1)}`);
  }
  for (let k = 0; k < 15; k += 1) {
    const keep = Math.floor(next() * national.length);
    let tail = '';
    for (let i = keep; i < national.length; i += 1) tail += String(Math.floor(next() * 10));
    out.push(`${national.slice(0, keep)}${tail}`);
  }
  return out;
};

describe('parsePhoneFast', () => {
  it('agrees with libphonenumber-js on every answer it gives, for every country, with and without +', () => {
    const next = random(42);
    const counts = { plus: [0, 0], national: [0, 0] };
    for (const [country, national] of Object.entries(examples as Record<string, string>)) {
      const cc = getCountryCallingCode(country as CountryCode);
      for (const v of variants(national, next)) {
        const cases: [string, CountryCode, 'plus' | 'national'][] = [
          [`+${cc} ${v}`, 'CN', 'plus'],
          [`+${cc}${v}`, 'US', 'plus'],
          [v, country as CountryCode, 'national'],
          [v, 'CN', 'national'],
          [v, 'US', 'national'],
          [`${cc}${v}`, country as CountryCode, 'national'],
          [`00${cc}${v}`, 'CN', 'national'],
        ];
        for (const [text, region, kind] of cases) {
          const expected = slow(text, region);
          const fast = parsePhoneFast(text, region);
          const c = counts[kind];
          if (expected !== undefined) c[1] = (c[1] ?? 0) + 1;
          if (fast === undefined) continue;
          c[0] = (c[0] ?? 0) + 1;
          expect({ text, region, ...fast }).toEqual({ text, region, ...expected });
        }
      }
    }
    // The fast path must actually carry most valid numbers, or it is no fast path (national
    // numbers written with a prefix — 0…, 00…, the country code — are left to the library).
    expect(counts.plus[0]).toBeGreaterThan((counts.plus[1] ?? 0) * 0.8);
    expect(counts.national[0]).toBeGreaterThan((counts.national[1] ?? 0) * 0.3);
  });

  it('answers for Chinese and North American numbers in the usual shapes', () => {
    expect(parsePhoneFast('+86 138 0013 8001', 'US')).toEqual({ e164: '+8613800138001', country: 'CN', callingCode: '86', nationalNumber: '13800138001' });
    expect(parsePhoneFast('138 0013 8001', 'CN')).toEqual({ e164: '+8613800138001', country: 'CN', callingCode: '86', nationalNumber: '13800138001' });
    const cases: [string, CountryCode][] = [
      ['+1 (202) 456-1111', 'CN'], ['(202) 456-1111', 'US'], ['416 363 1234', 'US'], ['+1 808 586 0034', 'CN'], ['+44 20 7946 0958', 'CN'], ['+65 6123 4567', 'CN'],
    ];
    for (const [text, region] of cases) {
      const fast = parsePhoneFast(text, region);
      expect(fast).toBeDefined();
      expect(fast).toEqual(slow(text, region));
    }
    expect(parsePhoneFast('+1 416 363 1234', 'CN')?.country).toBe('CA');
  });

  it('leaves other shapes, prefixes and invalid numbers to the full parser', () => {
    const cases: [string, CountryCode][] = [
      ['+86 0138 0013 8001', 'CN'], ['013800138001', 'CN'], ['8613800138001', 'CN'], ['0086 138 0013 8001', 'CN'], ['1 202 456 1111', 'US'],
      ['+0 123 4567', 'CN'], ['+86 123', 'CN'], ['+1 202 456 111', 'CN'], ['++86 138 0013 8001', 'CN'], ['+86\u3000138 0013 8001', 'CN'], ['12025550123', 'CN'],
    ];
    for (const [text, region] of cases) expect(parsePhoneFast(text, region)).toBeUndefined();
  });
});
