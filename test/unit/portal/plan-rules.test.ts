// Plan rules: table of verdicts, and properties — every offered plan is accepted by the
// same rules, and loosening a plan never turns a breach into an acceptance.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPlanRules, judgePlan, minFirstPayment, offeredPlans, validPlanRules, type PlanRules } from '../../../src/core/portal/plan-rules.js';

const rules: PlanRules = { maxInstalments: 6, minFirstPaymentPct: 10, maxTermDays: 180 };

describe('judgePlan', () => {
  it.each([
    ['inside every rule', { totalMinor: 10_000, instalments: 3, firstPaymentMinor: 1_000, termDays: 60 }, { kind: 'accepted' }],
    ['too many instalments', { totalMinor: 10_000, instalments: 7, firstPaymentMinor: 1_000, termDays: 60 }, { kind: 'proposed', breaches: ['too_many_instalments'] }],
    ['first payment 1 fen short', { totalMinor: 10_000, instalments: 3, firstPaymentMinor: 999, termDays: 60 }, { kind: 'proposed', breaches: ['first_payment_too_small'] }],
    ['term too long', { totalMinor: 10_000, instalments: 3, firstPaymentMinor: 1_000, termDays: 181 }, { kind: 'proposed', breaches: ['term_too_long'] }],
    ['all three', { totalMinor: 10_000, instalments: 9, firstPaymentMinor: 1, termDays: 999 }, { kind: 'proposed', breaches: ['too_many_instalments', 'first_payment_too_small', 'term_too_long'] }],
    ['first payment above total', { totalMinor: 10_000, instalments: 3, firstPaymentMinor: 10_001, termDays: 60 }, { kind: 'invalid' }],
    ['one instalment not paying all', { totalMinor: 10_000, instalments: 1, firstPaymentMinor: 5_000, termDays: 1 }, { kind: 'invalid' }],
    ['zero total', { totalMinor: 0, instalments: 1, firstPaymentMinor: 0, termDays: 1 }, { kind: 'invalid' }],
    ['fractional money', { totalMinor: 10_000.5, instalments: 2, firstPaymentMinor: 5_000, termDays: 30 }, { kind: 'invalid' }],
  ])('%s', (_name, plan, verdict) => {
    expect(judgePlan(rules, plan)).toEqual(verdict);
  });

  it('rounds the minimum first payment up to a whole minor unit', () => {
    expect(minFirstPayment({ ...rules, minFirstPaymentPct: 10 }, 10_005)).toBe(1_001);
  });

  it('has valid defaults for every pack', () => {
    for (const pack of ['cn', 'us-regf'] as const) expect(validPlanRules(defaultPlanRules(pack))).toBe(true);
  });

  const arbRules = fc.record({ maxInstalments: fc.integer({ min: 1, max: 60 }), minFirstPaymentPct: fc.integer({ min: 0, max: 100 }), maxTermDays: fc.integer({ min: 1, max: 3650 }) });

  it('accepts every plan it offers', () => {
    fc.assert(fc.property(arbRules, fc.integer({ min: 1, max: 1e9 }), (r, total) => {
      const offers = offeredPlans(r, total);
      expect(offers.length).toBeGreaterThan(0);
      for (const o of offers) expect(judgePlan(r, o)).toEqual({ kind: 'accepted' });
    }));
  });

  it('never accepts a plan with more instalments, a smaller first payment or a longer term than the rules allow', () => {
    fc.assert(fc.property(arbRules, fc.integer({ min: 2, max: 1e9 }), fc.integer({ min: 2, max: 100 }), fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 1, max: 5000 }), (r, total, n, first, days) => {
      const plan = { totalMinor: total, instalments: n, firstPaymentMinor: Math.min(first, total), termDays: days };
      const v = judgePlan(r, plan);
      if (v.kind === 'accepted') {
        expect(n).toBeLessThanOrEqual(r.maxInstalments);
        expect(days).toBeLessThanOrEqual(r.maxTermDays);
        expect(plan.firstPaymentMinor * 100).toBeGreaterThanOrEqual(total * r.minFirstPaymentPct - 100);
      }
    }));
  });
});
