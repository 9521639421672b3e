import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  crockfordAlphabet,
  displayCode,
  formatVerificationCode,
  isWellFormedCode,
  normaliseCode,
} from '../../../src/core/messages/verification-code.js';

describe('formatVerificationCode', () => {
  it('writes 40 bits as 8 Crockford characters, most significant first', () => {
    expect(formatVerificationCode(new Uint8Array([0, 0, 0, 0, 0]))).toBe('00000000');
    expect(formatVerificationCode(new Uint8Array([255, 255, 255, 255, 255]))).toBe('ZZZZZZZZ');
    expect(formatVerificationCode(new Uint8Array([0, 0, 0, 0, 1]))).toBe('00000001');
    expect(formatVerificationCode(new Uint8Array([0, 0, 0, 0, 32]))).toBe('00000010');
    // 0x0842108421 = 00001 00001 … : every 5-bit group is 1
    expect(formatVerificationCode(new Uint8Array([0x08, 0x42, 0x10, 0x84, 0x21]))).toBe('11111111');
  });

  it('reads the bytes as one 40-bit number, 5 bits per character (property, against BigInt)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 5, maxLength: 5 }), (bytes) => {
        const bits = bytes.reduce((n, b) => (n << 8n) | BigInt(b), 0n);
        const want = Array.from({ length: 8 }, (_, i) => crockfordAlphabet[Number((bits >> BigInt(5 * (7 - i))) & 31n)]).join('');
        expect(formatVerificationCode(bytes)).toBe(want);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses another number of bytes (a bug, not an input error)', () => {
    expect(() => formatVerificationCode(new Uint8Array(4))).toThrow(RangeError);
    expect(() => formatVerificationCode(new Uint8Array(6))).toThrow(RangeError);
  });

  it('is a bijection on 40 bits: different bytes, different codes (property)', () => {
    const bytes = fc.uint8Array({ minLength: 5, maxLength: 5 });
    fc.assert(
      fc.property(bytes, bytes, (a, b) => {
        const same = a.every((x, i) => x === b[i]);
        expect(formatVerificationCode(a) === formatVerificationCode(b)).toBe(same);
        expect(isWellFormedCode(formatVerificationCode(a))).toBe(true);
      }),
    );
  });
});

describe('normaliseCode and isWellFormedCode', () => {
  it.each([
    ['k7m2-9qxd', 'K7M29QXD', true],
    [' K7M2 9QXD ', 'K7M29QXD', true],
    ['ＫＷＭ２－９ＱＸＤ', 'KWM29QXD', true], // full-width, typed on a Chinese keyboard
    ['O0IL1lio', '00111110', true],
    ['K7M2—9QXD', 'K7M29QXD', true],
    ['K7M29QX', 'K7M29QX', false],
    ['K7M29QXDD', 'K7M29QXDD', false],
    ['K7M29QXU', 'K7M29QXU', false], // U is not in Crockford's alphabet
    ['K7M2*QXD', 'K7M2*QXD', false],
    ['', '', false],
  ])('%s → %s (%s)', (input, normal, ok) => {
    expect(normaliseCode(input)).toBe(normal);
    expect(isWellFormedCode(input)).toBe(ok);
  });

  it('every code survives display, lower case and the confusable letters', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 5, maxLength: 5 }), (b) => {
        const code = formatVerificationCode(b);
        expect(normaliseCode(displayCode(code).toLowerCase())).toBe(code);
      }),
    );
  });

  it('the alphabet is 32 distinct characters without I, L, O, U', () => {
    expect(new Set(crockfordAlphabet).size).toBe(32);
    expect(crockfordAlphabet).not.toMatch(/[ILOU]/);
  });
});
