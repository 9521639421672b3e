import { describe, expect, it } from 'vitest';
import { CryptoCodeGenerator } from '../../../src/adapters/system/crypto-code-generator.js';
import { crockfordAlphabet, isWellFormedCode } from '../../../src/core/messages/verification-code.js';

describe('CryptoCodeGenerator', () => {
  it('100,000 codes: well-formed, no duplicate, characters roughly uniform', () => {
    const gen = new CryptoCodeGenerator();
    const n = 100_000;
    const seen = new Set<string>();
    const counts = new Map<string, number>();
    let malformed = 0;
    for (let i = 0; i < n; i += 1) {
      const code = gen.next();
      if (!isWellFormedCode(code)) malformed += 1;
      seen.add(code);
      for (const c of code) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    expect(malformed).toBe(0);
    // Birthday bound for 100,000 draws from 2^40: expected collisions n²/2^41 ≈ 0.0045,
    // P(2 or more) ≈ 1e-5. One collision is chance; more means a broken generator.
    expect(n - seen.size).toBeLessThanOrEqual(1);
    // Chi-square over 32 symbols, 800,000 characters, 31 degrees of freedom: the mean is
    // 31 and P(χ² > 90) < 1e-7. A biased generator (e.g. bytes mod 32 of a skewed
    // source, or a missing symbol) lands in the thousands.
    const expected = (n * 8) / 32;
    const chi = [...crockfordAlphabet].reduce((sum, c) => sum + ((counts.get(c) ?? 0) - expected) ** 2 / expected, 0);
    expect(chi).toBeLessThan(90);
  });

  it('uses 5 fresh bytes per code from its random source, in order', () => {
    let calls = 0;
    const gen = new CryptoCodeGenerator((size) => {
      calls += 1;
      return Buffer.alloc(size, calls === 1 ? 0 : 0xff);
    });
    const first = Array.from({ length: 819 }, () => gen.next()); // one 4095-byte block
    expect(new Set(first)).toEqual(new Set(['00000000']));
    expect(gen.next()).toBe('ZZZZZZZZ'); // the next block
    expect(calls).toBe(2);
  });

  it('a constant source is caught by the uniqueness check (the test can fail)', () => {
    const gen = new CryptoCodeGenerator((size) => Buffer.alloc(size, 7));
    const codes = new Set(Array.from({ length: 10 }, () => gen.next()));
    expect(codes.size).toBe(1);
  });
});
