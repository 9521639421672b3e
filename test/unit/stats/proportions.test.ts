import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareProportions, newcombeInterval, pooledZ } from '../../../src/core/stats/two-proportion-test.js';
import { wilsonInterval } from '../../../src/core/stats/wilson-interval.js';

const counts = fc.integer({ min: 1, max: 5000 }).chain((n) => fc.record({ n: fc.constant(n), x: fc.integer({ min: 0, max: n }) }));

describe('Wilson score interval', () => {
  // [x, n, confidence, low, high, source]
  const cases: [number, number, number, number, number, string][] = [
    [81, 263, 0.95, 0.2552885198782742, 0.36620957698280004, 'Newcombe 1998 (SiM 17:857) Table I: 0.2553–0.3662; SciPy binomtest(81,263).proportion_ci(method="wilson")'],
    [81, 263, 0.99, 0.24013690268760768, 0.3852825023182298, 'SciPy 1.17.1 proportion_ci(confidence_level=0.99, method="wilson")'],
    [15, 148, 0.95, 0.06238639953073629, 0.16048724172330803, 'Newcombe 1998 Table I: 0.0624–0.1605; SciPy'],
    [0, 10, 0.95, 0, 0.27753279986288926, 'Newcombe 1998 Table I: 0–0.2775; SciPy'],
    [1, 29, 0.95, 0.006113214292762667, 0.17175521879320282, 'Newcombe 1998 Table I: 0.0061–0.1718; SciPy'],
    [10, 10, 0.95, 0.7224672001371109, 1, 'SciPy 1.17.1'],
  ];
  it.each(cases)('%i/%i at %d → [%d, %d] (%s)', (x, n, conf, low, high) => {
    const r = wilsonInterval(x, n, conf);
    expect(Math.abs(r.low - low)).toBeLessThan(1e-12);
    expect(Math.abs(r.high - high)).toBeLessThan(1e-12);
  });
  it('n = 0 → rate NaN, interval [0, 1]', () => expect(wilsonInterval(0, 0)).toMatchObject({ low: 0, high: 1 }));
  it('properties: inside [0,1], contains p̂, symmetric under swapping successes and failures', () => {
    fc.assert(
      fc.property(counts, fc.constantFrom(0.8, 0.9, 0.95, 0.99), ({ n, x }, conf) => {
        const r = wilsonInterval(x, n, conf);
        expect(r.low).toBeGreaterThanOrEqual(0);
        expect(r.high).toBeLessThanOrEqual(1);
        expect(r.low).toBeLessThanOrEqual(r.rate + 1e-15);
        expect(r.high).toBeGreaterThanOrEqual(r.rate - 1e-15);
        const s = wilsonInterval(n - x, n, conf);
        expect(s.low).toBeCloseTo(1 - r.high, 12);
        expect(s.high).toBeCloseTo(1 - r.low, 12);
      }),
    );
  });
  it('properties: narrows as n grows at the same rate, widens with the confidence', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 2, max: 20 }), (base, k, m) => {
        const x = Math.min(k, base);
        const small = wilsonInterval(x, base);
        const big = wilsonInterval(x * m, base * m);
        expect(big.high - big.low).toBeLessThan(small.high - small.low);
        const wide = wilsonInterval(x, base, 0.99);
        expect(wide.high - wide.low).toBeGreaterThan(small.high - small.low);
      }),
    );
  });
});

describe('two proportions: pooled z-test and Newcombe interval', () => {
  // Pearson χ² without continuity correction = z²: R prop.test(c(x1,x2), c(n1,n2), correct=FALSE);
  // the numbers are scipy.stats.chi2_contingency(table, correction=False) (SciPy 1.17.1).
  const tests: [number, number, number, number, number, number][] = [
    [56, 70, 48, 80, 7.023411371237456, 0.008045081368196585],
    [9, 10, 3, 10, 7.5, 0.0061698993205441645],
    [120, 1000, 95, 1000, 3.2571168002084554, 0.07111406169644618],
  ];
  it.each(tests)('%i/%i vs %i/%i: χ² = z² = %d, p = %d', (x1, n1, x2, n2, chi2, p) => {
    const r = compareProportions(x1, n1, x2, n2);
    expect(r.z * r.z).toBeCloseTo(chi2, 10);
    expect(Math.abs(r.pValue - p)).toBeLessThan(1e-12);
    expect(Math.sign(r.z)).toBe(Math.sign(r.difference));
  });
  // Newcombe 1998, "Interval estimation for the difference between independent proportions",
  // SiM 17:873–890, Table II, method 10 (score, no continuity correction), 4 decimals.
  const intervals: [number, number, number, number, number, number][] = [
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [6, 7, 2, 7, 0.0582, 0.8062],
    [5, 56, 0, 29, -0.0381, 0.1926],
    [0, 10, 0, 20, -0.1611, 0.2775],
    [10, 10, 0, 20, 0.6791, 1],
    [10, 10, 0, 10, 0.6075, 1],
  ];
  it.each(intervals)('%i/%i − %i/%i → [%d, %d] (Newcombe Table II)', (x1, n1, x2, n2, low, high) => {
    const r = newcombeInterval(x1, n1, x2, n2);
    expect(r.low).toBeCloseTo(low, 4);
    expect(r.high).toBeCloseTo(high, 4);
  });
  it('properties: interval contains the difference, stays in [−1, 1], antisymmetric when groups swap', () => {
    fc.assert(
      fc.property(counts, counts, (a, b) => {
        const r = compareProportions(a.x, a.n, b.x, b.n);
        expect(r.interval.low).toBeLessThanOrEqual(r.difference + 1e-12);
        expect(r.interval.high).toBeGreaterThanOrEqual(r.difference - 1e-12);
        expect(r.interval.low).toBeGreaterThanOrEqual(-1 - 1e-12);
        expect(r.interval.high).toBeLessThanOrEqual(1 + 1e-12);
        const s = compareProportions(b.x, b.n, a.x, a.n);
        expect(s.interval.low).toBeCloseTo(-r.interval.high, 12);
        expect(s.z).toBeCloseTo(-r.z, 10);
        expect(s.pValue).toBeCloseTo(r.pValue, 12);
        expect(r.pValue).toBeGreaterThanOrEqual(0);
        expect(r.pValue).toBeLessThanOrEqual(1);
      }),
    );
  });
  it('equal proportions → z = 0 and p = 1; all or none → z = 0', () => {
    expect(pooledZ(10, 100, 20, 200)).toBe(0);
    expect(compareProportions(10, 100, 20, 200).pValue).toBeCloseTo(1, 14);
    expect(pooledZ(0, 10, 0, 20)).toBe(0);
  });
});
