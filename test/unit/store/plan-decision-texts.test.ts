// decisionTexts (plan-message-queries.ts) against the reference, canonicalJson: the same
// text for every decision, whether it is found in the memo, encoded afresh, or bypasses
// the memo (members it cannot key).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decisionTexts } from '../../../src/adapters/storage/sql/plan-message-queries.js';
import { canonicalJson } from '../../../src/core/canonical-json.js';

const violations = [
  Object.freeze({ rule: 'borrower-reachable', reason: 'POLICY_BORROWER_REACHABLE', level: 'recommended', message: 'Contacts…', citation: 'GB/T 45251—2025' }),
  Object.freeze({ rule: 'confirmed-contact', reason: 'POLICY_CONTACT_UNCONFIRMED', level: 'recommended', message: 'The contact…', citation: 'PIPL Art. 6' }),
  Object.freeze({ rule: 'quiet-hours', reason: 'POLICY_QUIET_HOURS', level: 'statutory', message: 'Not at night', citation: '1006.6(b)(1)(i)' }),
];
// Not frozen, or frozen with an object member: keyed by identity would be wrong.
const mutable = { rule: 'x', reason: 'POLICY_X', level: 'statutory', message: 'm', citation: 'c' };
const frozenNested = Object.freeze({ rule: 'y', nested: { a: 1 } });

const primitive = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.constantFrom('a\u0000b', '"', '\\u0000', '1', 'null', 'true'));
const member = fc.oneof(
  primitive,
  fc.array(fc.constantFrom<object>(...violations), { maxLength: 3 }),
  fc.array(fc.constantFrom<object>(...violations, mutable, frozenNested), { maxLength: 2 }),
  fc.dictionary(fc.string(), primitive, { maxKeys: 2 }),
);
const decision = fc.oneof(
  fc.dictionary(fc.constantFrom('allowed', 'decidedAt', 'earliestAllowedAt', 'violations', 'plan', 'experiment', 'arm', 'servedBy', 'a\u0000', '"k'), member),
  fc.record({
    allowed: fc.boolean(),
    decidedAt: fc.constantFrom('2026-12-09T03:00:00.000Z', '2026-12-09T02:00:00.000Z'),
    earliestAllowedAt: fc.constantFrom(null, '2026-12-09T02:00:00.000Z'),
    violations: fc.array(fc.constantFrom<object>(...violations), { maxLength: 3 }),
  }),
  primitive,
);

describe('decisionTexts', () => {
  it('gives canonicalJson of every decision, repeated or not', () => {
    fc.assert(
      fc.property(fc.array(decision, { maxLength: 40 }), (ds) => {
        const text = decisionTexts();
        for (const d of [...ds, ...ds]) {
          let expected: string | Error;
          try {
            expected = canonicalJson(d ?? null);
          } catch (e) {
            expected = e as Error;
          }
          if (expected instanceof Error) expect(() => text(d)).toThrow();
          else expect(text(d)).toBe(expected);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('sees a mutable violation change', () => {
    const text = decisionTexts();
    const v = { ...mutable };
    const d = { allowed: false, violations: [v] };
    expect(text(d)).toBe(canonicalJson(d));
    v.reason = 'POLICY_Y';
    expect(text(d)).toBe(canonicalJson(d));
  });
});
