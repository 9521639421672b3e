import { IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { currencyExponent } from '../../../src/core/model/currency-exponents.js';
import { nanpTimeZones } from '../../../src/core/model/nanp-time-zones.js';
import { parseMajorUnits } from '../../../src/core/model/parse-money.js';
import { isKnownRegion, regionTimeZones } from '../../../src/core/model/region-time-zones.js';

describe('zone tables', () => {
  const areaCodes = Array.from({ length: 800 }, (_, i) => String(200 + i));

  it('every NANP and region zone is a real IANA zone', () => {
    const zones = new Set([...areaCodes.flatMap((c) => nanpTimeZones(c))]);
    for (const r of ['CN', 'US', 'CA', 'JM', 'PR', 'US-FL', 'US-AZ', 'CA-BC', 'GB', 'IN']) for (const z of regionTimeZones(r) ?? []) zones.add(z);
    expect(zones.size).toBeGreaterThan(10);
    for (const z of zones) expect(IANAZone.isValidZone(z), z).toBe(true);
  });

  it.each([
    ['212', ['America/New_York']],
    ['312', ['America/Chicago']],
    ['303', ['America/Denver']],
    ['602', ['America/Phoenix']],
    ['415', ['America/Los_Angeles']],
    ['907', ['America/Anchorage']],
    ['808', ['Pacific/Honolulu']],
    ['850', ['America/New_York', 'America/Chicago']],
    ['208', ['America/Denver', 'America/Los_Angeles']],
    ['416', ['America/Toronto']],
    ['800', []],
  ])('area code %s → %j', (code, zones) => {
    expect(nanpTimeZones(code)).toEqual(zones);
  });

  it('knows countries and subdivisions, and nothing else', () => {
    expect(isKnownRegion('CN')).toBe(true);
    expect(isKnownRegion('US-TX')).toBe(true);
    expect(isKnownRegion('XX')).toBe(false);
    expect(regionTimeZones('US-TX')).toEqual(['America/Chicago', 'America/Denver']);
  });
});

describe('money in minor units, never through floats', () => {
  it.each([
    ['0.1', 2, 10],
    ['0.29', 2, 29],
    ['0012.50', 2, 1250],
    ['12.500', 2, 1250],
    ['1234.56', 2, 123456],
    ['90071992547409.91', 2, 9007199254740991],
    ['7', 0, 7],
    ['1.234', 3, 1234],
    ['-0.00', 2, 0],
  ])('%s with %i decimals → %i', (text, exp, minor) => {
    expect(parseMajorUnits(text, exp)).toEqual({ ok: true, value: minor });
  });

  it.each([
    ['12.345', 2, 'bad'],
    ['1.5', 0, 'bad'],
    ['90071992547409.92', 2, 'bad'],
    ['1e3', 2, 'bad'],
    ['.5', 2, 'bad'],
    ['+5', 2, 'bad'],
    ['-1', 2, 'negative'],
  ])('%s with %i decimals is %s', (text, exp, problem) => {
    expect(parseMajorUnits(text, exp)).toEqual({ ok: false, error: problem });
  });

  it('currency exponents follow ISO 4217', () => {
    expect([currencyExponent('CNY'), currencyExponent('USD'), currencyExponent('JPY'), currencyExponent('KWD'), currencyExponent('RMB')]).toEqual([2, 2, 0, 3, undefined]);
  });
});
