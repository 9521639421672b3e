// Difference of two independent proportions, p₁ − p₂ (arm minus control).
// - Test of H₀: p₁ = p₂: the pooled two-proportion z-test,
//     p̄ = (x₁ + x₂)/(n₁ + n₂),  z = (p̂₁ − p̂₂) / √(p̄(1 − p̄)(1/n₁ + 1/n₂)),
//   two-sided p = 2(1 − Φ(|z|)). z² equals Pearson's χ² of the 2×2 table, i.e. R's
//   prop.test(correct = FALSE) and scipy.stats.chi2_contingency(correction=False).
// - Interval for p₁ − p₂: Newcombe's hybrid score interval (Newcombe 1998, Statistics
//   in Medicine 17:873–890, method 10), built from the two Wilson intervals:
//     low  = d − √((p̂₁ − l₁)² + (u₂ − p̂₂)²),  high = d + √((u₁ − p̂₁)² + (p̂₂ − l₂)²).
//   Chosen over Wald because it keeps its coverage for small counts and rates near 0,
//   which is where complaint and opt-out rates live.
import { normalCdf } from './normal-distribution.js';
import { wilsonInterval, type Interval } from './wilson-interval.js';

export interface ProportionDifference {
  /** p̂₁ − p̂₂. */
  readonly difference: number;
  /** Pooled z statistic; 0 when the pooled variance is 0 (all successes or none). */
  readonly z: number;
  /** Two-sided p-value of the pooled z-test. */
  readonly pValue: number;
  /** Newcombe hybrid score interval for p₁ − p₂. */
  readonly interval: Interval;
}

export const pooledZ = (x1: number, n1: number, x2: number, n2: number): number => {
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return se === 0 ? 0 : (x1 / n1 - x2 / n2) / se;
};

export const newcombeInterval = (x1: number, n1: number, x2: number, n2: number, confidence = 0.95): Interval => {
  const a = wilsonInterval(x1, n1, confidence);
  const b = wilsonInterval(x2, n2, confidence);
  const d = a.rate - b.rate;
  return {
    low: d - Math.sqrt((a.rate - a.low) ** 2 + (b.high - b.rate) ** 2),
    high: d + Math.sqrt((a.high - a.rate) ** 2 + (b.rate - b.low) ** 2),
  };
};

/** Requires n₁, n₂ > 0 (callers report "no data" for an empty arm instead). */
export const compareProportions = (x1: number, n1: number, x2: number, n2: number, confidence = 0.95): ProportionDifference => {
  const z = pooledZ(x1, n1, x2, n2);
  return { difference: x1 / n1 - x2 / n2, z, pValue: Math.min(1, 2 * normalCdf(-Math.abs(z))), interval: newcombeInterval(x1, n1, x2, n2, confidence) };
};
