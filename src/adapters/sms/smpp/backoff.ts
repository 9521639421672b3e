// Exponential backoff with full jitter: a delay drawn uniformly from [cap/2, cap], where
// cap = min(maxMs, baseMs · 2^attempt). Half the cap is kept so retries never bunch at 0 ms.

export interface BackoffPolicy {
  /** Delay cap of the first retry, in ms. */
  readonly baseMs: number;
  /** Upper bound of any delay, in ms. */
  readonly maxMs: number;
}

export const backoffDelay = (policy: BackoffPolicy, attempt: number, random: () => number = Math.random): number => {
  const cap = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(attempt, 30));
  return Math.round(cap / 2 + (random() * cap) / 2);
};
