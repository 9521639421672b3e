// Lockout with backoff after failed console sign-ins (issue 6): after LOCK_AFTER
// consecutive failures for one (tenant, login) the login is locked for 1 minute; each
// further failure after a lock doubles it, up to 1 hour. A failure more than a day
// after the previous one starts the count again. Known and unknown logins count alike.

export const LOCK_AFTER = 5;
export const FIRST_LOCK_MS = 60_000;
export const MAX_LOCK_MS = 3_600_000;
/** Failures older than this (ms) are forgotten at the next failure. */
export const FORGET_AFTER_MS = 86_400_000;

export interface SignInAttempts {
  /** Consecutive failures since the last success. */
  readonly failures: number;
  /** Epoch ms UTC. */
  readonly lastFailedAt: number;
  /** Epoch ms UTC; absent when not locked. */
  readonly lockedUntil?: number;
}

/** Lock length after the n-th consecutive failure (0: no lock yet). */
export const lockDurationMs = (failures: number): number =>
  failures < LOCK_AFTER ? 0 : Math.min(MAX_LOCK_MS, FIRST_LOCK_MS * 2 ** Math.min(failures - LOCK_AFTER, 32));

/** The epoch ms until which the login is locked at `now`, or undefined. */
export const lockedUntil = (a: SignInAttempts | undefined, now: number): number | undefined =>
  a?.lockedUntil !== undefined && now < a.lockedUntil ? a.lockedUntil : undefined;

/** The attempts after one more failure at `now`. */
export const afterFailure = (a: SignInAttempts | undefined, now: number): SignInAttempts => {
  const previous = a === undefined || now - a.lastFailedAt > FORGET_AFTER_MS ? 0 : a.failures;
  const failures = previous + 1;
  const lock = lockDurationMs(failures);
  return { failures, lastFailedAt: now, ...(lock === 0 ? {} : { lockedUntil: now + lock }) };
};
