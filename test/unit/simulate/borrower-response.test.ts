// The synthetic borrower's chances: bounded, and moving the way docs/simulate.md says
// (timing, tone, frequency, third-party contact). Property-tested over random borrowers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { borrowerChances, inGoodHours, selfCureChance, type BorrowerMessage } from '../../../src/core/simulate/borrower-response.js';
import { Prng } from '../../../src/core/simulate/prng.js';
import { defaultAssumptions as a } from '../../../src/core/simulate/simulation-assumptions.js';
import { drawBorrower, type SyntheticBorrower } from '../../../src/core/simulate/synthetic-borrower.js';

const borrower = fc.integer({ min: 0, max: 0xffff_ffff }).map((seed): SyntheticBorrower => drawBorrower(new Prng(seed), a));
const message = fc.record({
  localHour: fc.integer({ min: 0, max: 23 }),
  tone: fc.constantFrom('soft' as const, 'firm' as const),
  recentCount: fc.integer({ min: 1, max: 12 }),
  thirdPartyContacted: fc.boolean(),
});

describe('borrowerChances', () => {
  it('every chance is a probability', () => {
    fc.assert(fc.property(borrower, message, (b, m) => {
      for (const p of Object.values(borrowerChances(b, m, a))) expect(p >= 0 && p <= 1).toBe(true);
      const s = selfCureChance(b, m.recentCount, a);
      expect(s >= 0 && s <= 1).toBe(true);
    }));
  });

  it('a message in the good hours works at least as well as one outside them', () => {
    fc.assert(fc.property(borrower, message, (b, m) => {
      const good: BorrowerMessage = { ...m, localHour: b.goodHours[0] };
      const off: BorrowerMessage = { ...m, localHour: (b.goodHours[1] + 3) % 24 };
      expect(inGoodHours(b, off.localHour)).toBe(false);
      expect(borrowerChances(b, good, a).pay).toBeGreaterThan(borrowerChances(b, off, a).pay);
    }));
  });

  it('each further message in 7 days lifts less, and raises opt-out and complaint chances past two', () => {
    fc.assert(fc.property(borrower, message, (b, m) => {
      const more = { ...m, recentCount: m.recentCount + 1 };
      const x = borrowerChances(b, m, a);
      const y = borrowerChances(b, more, a);
      expect(y.pay).toBeLessThan(x.pay);
      if (m.recentCount >= 2) {
        expect(y.optOut).toBeGreaterThan(x.optOut);
        expect(y.complain).toBeGreaterThan(x.complain);
      }
      expect(selfCureChance(b, m.recentCount + 1, a)).toBeLessThanOrEqual(selfCureChance(b, m.recentCount, a));
    }));
  });

  it('contact with a third party raises the borrower\'s opt-out and complaint chances', () => {
    fc.assert(fc.property(borrower, message, (b, m) => {
      const x = borrowerChances(b, { ...m, thirdPartyContacted: false }, a);
      const y = borrowerChances(b, { ...m, thirdPartyContacted: true }, a);
      expect(y.optOut).toBeGreaterThan(x.optOut);
      expect(y.complain).toBeGreaterThan(x.complain);
    }));
  });

  it.each([
    ['a firm tone lifts more for a borrower who does not mind it', false, 'firm', 'soft'],
    ['a firm tone lifts less for a borrower averse to it', true, 'soft', 'firm'],
  ] as const)('%s', (_name, firmAverse, better, worse) => {
    const b: SyntheticBorrower = { segment: 'forgetful', propensity: 1, goodHours: [18, 21], firmAverse, startDpd: 3 };
    const m = { localHour: 19, recentCount: 1, thirdPartyContacted: false };
    expect(borrowerChances(b, { ...m, tone: better }, a).pay).toBeGreaterThan(borrowerChances(b, { ...m, tone: worse }, a).pay);
  });
});

describe('Prng', () => {
  it('replays a seed and forks independent streams per label', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 0xffff_ffff }), (seed) => {
      const draw = (r: Prng) => Array.from({ length: 5 }, () => r.next());
      expect(draw(new Prng(seed))).toEqual(draw(new Prng(seed)));
      expect(draw(Prng.fork(seed, 'account-1'))).toEqual(draw(Prng.fork(seed, 'account-1')));
      expect(draw(Prng.fork(seed, 'account-1'))).not.toEqual(draw(Prng.fork(seed, 'account-2')));
      for (const x of draw(new Prng(seed))) expect(x >= 0 && x < 1).toBe(true);
    }));
  });

  it('draws borrowers in the assumed shares (±2 points over 20,000)', () => {
    const n = 20_000;
    const bs = Array.from({ length: n }, (_, i) => drawBorrower(Prng.fork(42, `account-${i}`), a));
    const share = (f: (b: SyntheticBorrower) => boolean) => bs.filter(f).length / n;
    expect(Math.abs(share((b) => b.segment === 'prompt') - a.promptShare)).toBeLessThan(0.02);
    expect(Math.abs(share((b) => b.goodHours[0] === 18) - a.eveningShare)).toBeLessThan(0.02);
    expect(Math.abs(share((b) => b.firmAverse) - a.firmAverseShare)).toBeLessThan(0.02);
    expect(Math.max(...bs.map((b) => b.startDpd))).toBe(a.startDpdMax);
  });
});
