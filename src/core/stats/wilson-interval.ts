// The Wilson score interval for a binomial proportion (E. B. Wilson, "Probable
// inference, the law of succession, and statistical inference", JASA 22 (1927) 209–212;
// Newcombe, Statistics in Medicine 17 (1998) 857–872, method 3, without continuity
// correction):
//   centre = (x + z²/2) / (n + z²),  half = z·√(x(n−x)/n + z²/4) / (n + z²),
// z = Φ⁻¹(1 − α/2). Unlike the Wald interval it stays inside [0, 1] and does not
// collapse to a point at x = 0 or x = n.
import { normalQuantile } from './normal-distribution.js';

export interface Interval {
  readonly low: number;
  readonly high: number;
}

export interface RateEstimate extends Interval {
  readonly successes: number;
  readonly trials: number;
  /** x / n; NaN when n = 0. */
  readonly rate: number;
}

/** Two-sided z for a confidence level in (0, 1), e.g. 0.95 → 1.959963984540054. */
export const zFor = (confidence: number): number => normalQuantile(1 - (1 - confidence) / 2);

/** Wilson interval of x successes in n trials at `confidence`; n = 0 gives [0, 1]. */
export const wilsonInterval = (x: number, n: number, confidence = 0.95): RateEstimate => {
  if (n <= 0) return { successes: x, trials: n, rate: Number.NaN, low: 0, high: 1 };
  const z = zFor(confidence);
  const z2 = z * z;
  const centre = (x + z2 / 2) / (n + z2);
  const half = (z * Math.sqrt((x * (n - x)) / n + z2 / 4)) / (n + z2);
  // Clamp the rounding at the ends (x = 0 gives exactly 0 mathematically).
  return { successes: x, trials: n, rate: x / n, low: x === 0 ? 0 : Math.max(0, centre - half), high: x === n ? 1 : Math.min(1, centre + half) };
};
