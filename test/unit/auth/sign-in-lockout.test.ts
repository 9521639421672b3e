// Lockout with backoff (sign-in-lockout.ts): table of the first failures, and properties
// over any sequence of failures.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { afterFailure, FIRST_LOCK_MS, FORGET_AFTER_MS, LOCK_AFTER, lockDurationMs, lockedUntil, MAX_LOCK_MS, type SignInAttempts } from '../../../src/core/auth/sign-in-lockout.js';

describe('sign-in lockout', () => {
  it.each([
    [1, 0], [4, 0], [5, 60_000], [6, 120_000], [7, 240_000], [10, 1_920_000], [11, 3_600_000], [40, 3_600_000], [10_000, 3_600_000],
  ])('after %i failures the lock is %i ms', (failures, ms) => {
    expect(lockDurationMs(failures)).toBe(ms);
  });

  it('locks at the LOCK_AFTER-th failure, not before, and a lock ends at its instant', () => {
    let a: SignInAttempts | undefined;
    const t0 = 1_000_000;
    for (let i = 1; i < LOCK_AFTER; i += 1) {
      a = afterFailure(a, t0 + i);
      expect(lockedUntil(a, t0 + i)).toBeUndefined();
    }
    a = afterFailure(a, t0 + LOCK_AFTER);
    expect(lockedUntil(a, t0 + LOCK_AFTER)).toBe(t0 + LOCK_AFTER + FIRST_LOCK_MS);
    expect(lockedUntil(a, t0 + LOCK_AFTER + FIRST_LOCK_MS)).toBeUndefined();
  });

  it('forgets failures older than a day', () => {
    const a = afterFailure({ failures: 9, lastFailedAt: 0, lockedUntil: 1 }, FORGET_AFTER_MS + 1);
    expect(a).toEqual({ failures: 1, lastFailedAt: FORGET_AFTER_MS + 1 });
  });

  it('property: locks never shrink while failures continue within a day, and never exceed an hour', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: FORGET_AFTER_MS }), { minLength: 1, maxLength: 40 }), (gaps) => {
        let a: SignInAttempts | undefined;
        let now = 0;
        let lastLock = 0;
        for (const g of gaps) {
          now += g;
          a = afterFailure(a, now);
          const lock = (a.lockedUntil ?? now) - now;
          expect(lock).toBeLessThanOrEqual(MAX_LOCK_MS);
          expect(lock).toBeGreaterThanOrEqual(lastLock === MAX_LOCK_MS ? MAX_LOCK_MS : lastLock);
          lastLock = lock;
        }
        expect(a?.failures).toBe(gaps.length);
      }),
    );
  });
});
