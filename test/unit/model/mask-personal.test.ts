// Masks: the country code and last 4 digits of a number, the first character of a name;
// the length is kept and nothing else of the original shows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskName, maskPhone } from '../../../src/core/model/mask-personal.js';

describe('maskPhone', () => {
  it.each([
    ['+8613812345678', '+86*******5678'],
    ['+12125550123', '+1******0123'],
    ['+447911123456', '+44******3456'],
    ['+12345', '+*****'],
  ])('%s → %s', (input, masked) => expect(maskPhone(input)).toBe(masked));

  it('keeps the length and hides every middle digit', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[2-9]\d{9,13}$/), (digits) => {
        const m = maskPhone(`+${digits}`);
        expect(m).toHaveLength(digits.length + 1);
        expect(m.slice(-4)).toBe(digits.slice(-4));
        expect(m.slice(3, -4)).toMatch(/^\*+$/);
      }),
    );
  });
});

describe('maskName', () => {
  it.each([
    ['王小明', '王**'],
    ['Sam Lee', 'S******'],
    ['', ''],
  ])('%s → %s', (input, masked) => expect(maskName(input)).toBe(masked));

  it('shows only the first character', () => {
    fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 30 }), (name) => {
      const m = maskName(name);
      expect([...m]).toHaveLength([...name].length);
      expect([...m].slice(1).every((c) => c === '*')).toBe(true);
    }));
  });
});
