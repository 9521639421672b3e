// formatInstant agrees with Date#toISOString (it replaces it on the decision path).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInstant } from '../../../src/core/policy/format-instant.js';
import { parseInstant } from '../../../src/core/policy/parse-instant.js';

describe('instant text', () => {
  it('formatInstant equals toISOString for years 0–9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 }), (ms) => {
        expect(formatInstant(ms)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 2000 },
    );
  });

  it('formatInstant equals toISOString on whole minutes and seconds of 1960–2160 (the cached date and minute texts)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5_300_000, max: 100_000_000 }), fc.constantFrom(1, 1000, 60_000), (n, unit) => {
        const ms = n * unit;
        expect(formatInstant(ms)).toBe(new Date(ms).toISOString());
        expect(formatInstant(ms)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 3000 },
    );
  });

  it('parseInstant equals Date.parse on the contract forms', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4_102_444_799_000 }),
        fc.integer({ min: -14 * 60, max: 14 * 60 }),
        fc.boolean(),
        (ms, offsetMin, millis) => {
          const local = new Date(ms + offsetMin * 60_000).toISOString();
          const body = millis ? local.slice(0, 23) : local.slice(0, 19);
          const abs = Math.abs(offsetMin);
          const suffix = offsetMin === 0 ? 'Z' : `${offsetMin < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
          const text = body + suffix;
          expect(parseInstant(text)).toBe(Date.parse(text));
        },
      ),
      { numRuns: 2000 },
    );
    expect(parseInstant('2026-02-30T00:00:00Z')).toBeNaN();
  });
});
