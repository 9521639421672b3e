// Properties of decide over realistic generated requests (both packs, 5–30 history
// events, two zones for a quarter of the people, DST changes inside the year):
// 1. earliestAllowedAt is exact; 2. more (outbound) history never allows more;
// 3. tighter overrides never allow more; 4. history order does not matter.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDecisionRequest } from '../../../bench/support/generate-decision-request.js';
import { Prng } from '../../../bench/support/prng.js';
import type { Channel, ContactResult, DecisionRequest, HistoryEvent, OverrideValue } from '../../../src/core/model/decision-request.js';
import { compilePolicy } from '../../../src/core/policy/compile-policy.js';
import type { CompiledPolicy } from '../../../src/core/policy/compiled-policy.js';
import { NEED_ALL } from '../../../src/core/policy/counters.js';
import { decide } from '../../../src/core/policy/decide.js';
import { prepareRequest } from '../../../src/core/policy/prepare-request.js';
import { withInstant } from '../../../src/core/policy/pack-request.js';
import { type PreparedRequest, preparedAt } from '../../../src/core/policy/prepared-request.js';

const MIN = 60_000;
const policyOf = (r: DecisionRequest, overrides: Record<string, OverrideValue> = {}): CompiledPolicy => {
  const c = compilePolicy(r.pack, { ...(r.overrides ?? {}), ...overrides });
  if (!c.ok) throw new Error(c.error.map((f) => f.code).join());
  return c.value;
};
const at = (p: PreparedRequest, t: number): PreparedRequest => withInstant(p, t);
const requestArb = fc.integer({ min: 1, max: 2 ** 31 - 1 }).map((seed) => generateDecisionRequest(new Prng(seed), seed % 1000));

describe('decide properties', () => {
  it('1. earliestAllowedAt is allowed, and no whole minute before it (from `at`) is', () => {
    let checked = 0;
    fc.assert(
      fc.property(requestArb, fc.integer({ min: 0, max: 2 ** 31 - 1 }), (r, salt) => {
        const policy = policyOf(r);
        const p = prepareRequest(r);
        const d = decide(p, policy);
        if (d.allowed || d.earliestAllowedAt === null) return;
        checked += 1;
        const e = Date.parse(d.earliestAllowedAt);
        expect(e).toBeGreaterThan(preparedAt(p));
        expect(decide(at(p, e), policy).allowed).toBe(true);
        const first = Math.ceil(preparedAt(p) / MIN) * MIN;
        const minutes = Math.ceil((e - first) / MIN);
        const prng = new Prng(salt);
        // Every minute when the gap is up to 12 hours, else 150 samples plus the edges.
        const sample = minutes <= 720 ? Array.from({ length: minutes }, (_, i) => i) : [0, minutes - 1, ...Array.from({ length: 150 }, () => prng.int(0, minutes - 1))];
        for (const i of sample) {
          const m = first + i * MIN;
          if (m < e) expect(decide(at(p, m), policy).allowed, `minute ${new Date(m).toISOString()}`).toBe(false);
        }
      }),
      { numRuns: 300, seed: 20260308 },
    );
    expect(checked).toBeGreaterThan(40);
  });

  const eventArb = (r: DecisionRequest) =>
    fc.record({
      minutesBefore: fc.integer({ min: 0, max: 12 * 24 * 60 }),
      channel: fc.constantFrom<Channel>('call', 'sms', 'email', 'voicemail'),
      result: fc.constantFrom<ContactResult>('unanswered', 'voicemail', 'busy', 'not_in_service', 'answered', 'conversation', 'sent', 'delivered', 'failed', 'wrong_party'),
      recipient: fc.boolean(),
      sameTo: fc.boolean(),
      debts: fc.subarray(r.contact.accountIds as string[]),
    }).map((x): HistoryEvent => ({
      at: new Date(Date.parse(r.at) - x.minutesBefore * MIN).toISOString(),
      channel: x.channel,
      direction: 'outbound',
      personId: x.recipient ? r.contact.personId : 'someone-else',
      party: x.recipient ? r.contact.party : 'third_party',
      ...(x.sameTo ? { to: r.contact.to } : {}),
      accountIds: x.debts,
      result: x.result,
    }));

  it('2. adding outbound history never turns a denial into an allowance', () => {
    fc.assert(
      fc.property(
        requestArb.chain((r) => fc.tuple(fc.constant(r), fc.array(eventArb(r), { minLength: 1, maxLength: 8 }))),
        ([r, extra]) => {
          const policy = policyOf(r);
          if (decide(prepareRequest(r), policy).allowed) return;
          expect(decide(prepareRequest({ ...r, history: [...r.history, ...extra] }), policy).allowed).toBe(false);
        },
      ),
      { numRuns: 400, seed: 1101 },
    );
  });

  const tighter = fc.record({
    'quiet-hours.earliest': fc.constantFrom('08:00', '08:30', '09:00'),
    'quiet-hours.latest': fc.constantFrom('19:00', '20:00', '20:59'),
  });
  const usTighter = fc.record({
    'call-frequency.maxCalls': fc.integer({ min: 0, max: 7 }),
    'call-frequency.windowDays': fc.integer({ min: 7, max: 14 }),
    'after-conversation.quietDays': fc.integer({ min: 7, max: 14 }),
    'call-spacing.minutes': fc.integer({ min: 5, max: 120 }),
    'daily-cap.smsPerDay': fc.integer({ min: 0, max: 3 }),
  });
  const cnTighter = fc.record({
    'connected-calls.maxPerDay': fc.integer({ min: 0, max: 3 }),
    'daily-cap.smsPerDay': fc.integer({ min: 0, max: 2 }),
    'weekly-cap.smsPer7Days': fc.integer({ min: 0, max: 6 }),
    'third-party-frequency.per7Days': fc.integer({ min: 0, max: 1 }),
    'third-party-frequency.perAccount': fc.integer({ min: 0, max: 3 }),
    'holidays.weekends': fc.boolean(),
  });

  it('3. a tighter override never turns a denial into an allowance', () => {
    fc.assert(
      fc.property(requestArb, tighter, usTighter, cnTighter, fc.integer({ min: 0, max: 255 }), (r, hours, us, cn, keep) => {
        const all: Record<string, OverrideValue> = { ...hours, ...(r.pack === 'us-regf' ? us : cn) };
        // A random subset of the tightenings.
        const chosen = Object.fromEntries(Object.entries(all).filter((_, i) => ((keep >> i) & 1) === 1));
        const p = prepareRequest(r);
        if (decide(p, policyOf(r)).allowed) return;
        expect(decide(p, policyOf(r, chosen)).allowed).toBe(false);
      }),
      { numRuns: 400, seed: 1303 },
    );
  });

  it('4. the order of history does not change the decision', () => {
    fc.assert(
      fc.property(requestArb, fc.integer({ min: 0, max: 2 ** 31 - 1 }), (r, seed) => {
        const policy = policyOf(r);
        const prng = new Prng(seed);
        const shuffled = [...r.history];
        for (let i = shuffled.length - 1; i > 0; i -= 1) {
          const j = prng.int(0, i);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        expect(decide(prepareRequest({ ...r, history: shuffled }), policy)).toEqual(decide(prepareRequest(r), policy));
      }),
      { numRuns: 400, seed: 1404 },
    );
  });

  it('5. the history scan limited to the rules\' declared needs decides as the full scan does', () => {
    // A rule that reads a counter it does not declare in `needs` would see zero here.
    fc.assert(
      fc.property(requestArb, fc.integer({ min: 0, max: 9 * 86_400_000 }), (r, later) => {
        const policy = policyOf(r);
        const full: CompiledPolicy = { ...policy, needsByKind: policy.needsByKind.map(() => NEED_ALL) };
        const p = prepareRequest(r);
        for (const q of [p, at(p, preparedAt(p) + later)]) expect(decide(q, policy)).toEqual(decide(q, full));
      }),
      { numRuns: 2000, seed: 91 },
    );
  });
});
