// Property 1 (earliestAllowedAt is exact) focused on the hard cases found in review:
// the 2026 US DST days (2026-03-08 spring forward, 2026-11-01 fall back), zone pairs
// with narrow common windows (New York + Honolulu), zones without DST (Phoenix,
// Honolulu), designations whose hours start or end in the skipped or repeated hour,
// and 7-in-7 windows that expire inside quiet hours. Every minute is checked.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DecisionRequest, HistoryEvent, Weekday } from '../../../src/core/model/decision-request.js';
import { compilePolicy } from '../../../src/core/policy/compile-policy.js';
import { decide } from '../../../src/core/policy/decide.js';
import { prepareRequest } from '../../../src/core/policy/prepare-request.js';
import { withInstant } from '../../../src/core/policy/pack-request.js';
import { type PreparedRequest, preparedAt } from '../../../src/core/policy/prepared-request.js';

const MIN = 60_000;
const zonesArb = fc.subarray(['America/New_York', 'America/Los_Angeles', 'Pacific/Honolulu', 'America/Phoenix', 'America/Anchorage'], { minLength: 1, maxLength: 3 });
const hhmm = fc.constantFrom('00:00', '01:30', '02:00', '02:30', '03:00', '08:30', '12:00', '20:30', '23:30');
const dayArb = fc.constantFrom<Weekday>('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');
const startArb = fc.constantFrom(Date.parse('2026-03-07T00:00:00Z'), Date.parse('2026-10-31T00:00:00Z'));

const requestArb = fc
  .record({
    start: startArb,
    offsetMin: fc.integer({ min: 0, max: 3 * 24 * 60 }),
    zones: zonesArb,
    channel: fc.constantFrom('call' as const, 'sms' as const, 'letter' as const),
    inconvenient: fc.array(fc.record({ from: hhmm, to: hhmm, days: fc.subarray(['sat', 'sun', 'mon'] as Weekday[]), day: dayArb }), { maxLength: 2 }),
    calls: fc.array(fc.integer({ min: 1, max: 7 * 24 * 60 }), { maxLength: 10 }),
  })
  .map(({ start, offsetMin, zones, channel, inconvenient, calls }): DecisionRequest => {
    const at = start + offsetMin * MIN;
    const history: HistoryEvent[] = calls.map((m) => ({
      at: new Date(at - m * MIN).toISOString(),
      channel: 'call',
      direction: 'outbound',
      personId: 'p1',
      party: 'borrower',
      to: '+12025550100',
      accountIds: ['a1'],
      result: 'unanswered',
    }));
    return {
      pack: 'us-regf',
      at: new Date(at).toISOString(),
      contact: { channel, to: '+12025550100', personId: 'p1', party: 'borrower', accountIds: ['a1'], purpose: 'collection' },
      person: {
        id: 'p1',
        timeZones: zones,
        inconvenient: inconvenient.map((x) => (x.from === x.to ? { days: [x.day] } : { from: x.from, to: x.to, ...(x.days.length > 0 ? { days: x.days } : {}) })),
      },
      accounts: [{ id: 'a1', daysPastDue: 40 }],
      history,
    };
  });

const at = (p: PreparedRequest, t: number): PreparedRequest => withInstant(p, t);

describe('earliestAllowedAt across DST days and narrow zone pairs', () => {
  it('is allowed, and no whole minute between `at` and it is', () => {
    const policy = compilePolicy('us-regf', {});
    if (!policy.ok) throw new Error('pack');
    let checked = 0;
    fc.assert(
      fc.property(requestArb, (r) => {
        const p = prepareRequest(r);
        const d = decide(p, policy.value);
        if (d.allowed || d.earliestAllowedAt === null) return;
        checked += 1;
        const e = Date.parse(d.earliestAllowedAt);
        expect(decide(at(p, e), policy.value).allowed).toBe(true);
        for (let m = Math.ceil(preparedAt(p) / MIN) * MIN; m < e && m < preparedAt(p) + 4 * 24 * 60 * MIN; m += MIN) {
          expect(decide(at(p, m), policy.value).allowed, `minute ${new Date(m).toISOString()}`).toBe(false);
        }
      }),
      { numRuns: 120, seed: 20261101 },
    );
    expect(checked).toBeGreaterThan(25);
  });
});
