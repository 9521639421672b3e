// Interval estimates for the simulator's interim per-arm summary (until the experiment
// report's own statistics replace it): Wilson's score interval for one proportion and
// Newcombe's hybrid score interval (method 10) for a difference of two. z = 1.96 → 95 %.

export interface Interval {
  readonly low: number;
  readonly high: number;
}

export const Z95 = 1.959963984540054;

/** Wilson score interval for `successes` of `n` (n = 0 → [0, 1]). */
export const wilsonInterval = (successes: number, n: number, z = Z95): Interval => {
  if (n <= 0) return { low: 0, high: 1 };
  const p = successes / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
};

/** Newcombe's interval for p1 − p2 from the two Wilson intervals. */
export const differenceInterval = (s1: number, n1: number, s2: number, n2: number, z = Z95): Interval => {
  const p1 = n1 > 0 ? s1 / n1 : 0;
  const p2 = n2 > 0 ? s2 / n2 : 0;
  const a = wilsonInterval(s1, n1, z);
  const b = wilsonInterval(s2, n2, z);
  const d = p1 - p2;
  return {
    low: d - Math.sqrt((p1 - a.low) ** 2 + (b.high - p2) ** 2),
    high: d + Math.sqrt((a.high - p1) ** 2 + (p2 - b.low) ** 2),
  };
};
