import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile } from '../../../src/core/stats/normal-distribution.js';

// Every expected value below was printed by SciPy 1.17.1 (scipy.stats.norm.ppf / norm.cdf),
// which uses Cephes ndtri / ndtr; R's qnorm/pnorm (Wichura AS241) agree to the digits shown.
describe('normal quantile Φ⁻¹ (Acklam + one Halley step)', () => {
  const cases: [number, number][] = [
    [0.5, 0],
    [0.975, 1.959963984540054],
    [0.95, 1.6448536269514722],
    [0.995, 2.5758293035489004],
    [0.999, 3.090232306167813],
    [0.3, -0.5244005127080409],
    [0.02425, -1.972961051311885], // Acklam's region boundary
    [1e-10, -6.361340902404056],
    [1e-300, -37.0470962993612],
  ];
  it.each(cases)('Φ⁻¹(%d) = %d (SciPy)', (p, want) => {
    expect(Math.abs(normalQuantile(p) - want)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(want)));
  });
  it('edges: 0 → −∞, 1 → +∞, outside [0, 1] → NaN', () => {
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(normalQuantile(-0.1)).toBeNaN();
    expect(normalQuantile(1.5)).toBeNaN();
    expect(normalQuantile(Number.NaN)).toBeNaN();
  });
  it('property: Φ(Φ⁻¹(p)) = p to 1e-14 relative, and Φ⁻¹ is antisymmetric and increasing', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }), fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }), (p, q) => {
        const x = normalQuantile(p);
        expect(Math.abs(normalCdf(x) - p)).toBeLessThanOrEqual(1e-14 * Math.max(p, 1e-300) + 1e-16);
        // 1 − p is inexact for tiny p, so antisymmetry is checked where it is representable.
        if (p < 0.5 && p > 1e-4) expect(normalQuantile(1 - p)).toBeCloseTo(-x, 9);
        if (p < q) expect(normalQuantile(p)).toBeLessThanOrEqual(normalQuantile(q));
      }),
    );
  });
});

describe('normal cdf Φ', () => {
  const cases: [number, number][] = [
    [1.96, 0.9750021048517795],
    [-3, 0.0013498980316300933],
    [0.5, 0.6914624612740131],
    [-8, 6.22096057427174e-16],
    [2.5758293035489004, 0.995],
  ];
  it.each(cases)('Φ(%d) = %d (SciPy)', (x, want) => expect(Math.abs(normalCdf(x) - want)).toBeLessThanOrEqual(1e-13 * want));
  it('property: Φ(x) + Φ(−x) = 1 and Φ is non-decreasing', () => {
    fc.assert(
      fc.property(fc.double({ min: -30, max: 30, noNaN: true }), fc.double({ min: -30, max: 30, noNaN: true }), (x, y) => {
        expect(normalCdf(x) + normalCdf(-x)).toBeCloseTo(1, 14);
        if (x < y) expect(normalCdf(x)).toBeLessThanOrEqual(normalCdf(y));
      }),
    );
  });
});
