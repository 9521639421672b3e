// The scan's two paths agree: the prepared summary (used when no event lies after t)
// and the full pass over events up to t (used otherwise). Events after t are ignored.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDecisionRequest } from '../../../bench/support/generate-decision-request.js';
import { Prng } from '../../../bench/support/prng.js';
import { compilePolicy } from '../../../src/core/policy/compile-policy.js';
import {
  type Counters,
  NEED_ALL,
  NEED_CALLS,
  NEED_CONNECTED,
  NEED_CONSENT,
  NEED_CONVERSATION,
  NEED_SMS_DAY,
  NEED_SMS_WEEK,
  NEED_THIRD_PARTY_RECENT,
  newCounters,
} from '../../../src/core/policy/counters.js';
import { scanHistory } from '../../../src/core/policy/history-scan.js';
import { prepareRequest } from '../../../src/core/policy/prepare-request.js';
import { P_LATEST, preparedAt } from '../../../src/core/policy/prepared-request.js';
import { baseRequest, decideOk, ev, reasonsOf } from './request-builder.js';

/** A generated request, prepared, with its policy, zones and an instant `later` ms after it; undefined when its overrides do not compile. */
const generated = (seed: number, later: number) => {
  const r = generateDecisionRequest(new Prng(seed), seed % 1000);
  const c = compilePolicy(r.pack, r.overrides ?? {});
  if (!c.ok) return undefined;
  const p = prepareRequest(r);
  return { policy: c.value, p, zones: p.timeZones.length > 0 ? p.timeZones : c.value.fallbackZones, t: preparedAt(p) + later };
};

describe('history scan', () => {
  it('summary path = full pass', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 0, max: 3 * 86_400_000 }), (seed, later) => {
        const g = generated(seed, later);
        if (g === undefined) return;
        const { policy, p, zones, t } = g;
        const fast = { ...scanHistory(newCounters(), p, policy.params, zones, t) };
        const buf = p.buf.slice();
        buf[p.off + P_LATEST] = Number.POSITIVE_INFINITY;
        const forced = { ...p, buf };
        const slow = { ...scanHistory(newCounters(), forced, policy.params, zones, t) };
        expect(fast).toEqual(slow);
      }),
      { numRuns: 300, seed: 77 },
    );
  });

  it('a scan limited to the kind\'s needs gives the counters its rules read, as the full scan does', () => {
    // The windowed counters each NEED_* bit stands for; the rest (ever facts, zone days) is always computed.
    const fields: readonly (readonly [number, (c: Counters) => unknown])[] = [
      [NEED_CALLS, (c) => Array.from(c.callCounts)],
      [NEED_CONVERSATION, (c) => c.conversationInQuiet],
      [NEED_SMS_DAY, (c) => c.smsToday],
      [NEED_SMS_WEEK, (c) => c.smsWeek],
      [NEED_CONNECTED, (c) => c.connectedToday],
      [NEED_THIRD_PARTY_RECENT, (c) => c.thirdPartyRecent],
      [NEED_CONSENT, (c) => c.proposedInConsent],
    ];
    const always = (c: Counters): unknown[] => [
      c.lastCallSameTo, c.lastThirdPartyComm, c.lastInbound, c.lastOptOutConfirmation, c.replyTargetFound, c.replyUsed,
      Array.from(c.thirdPartyPerAccount), c.at, c.zoneDays.slice(), c.zoneTables.slice(),
    ];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 0, max: 9 * 86_400_000 }), (seed, later) => {
        const g = generated(seed, later);
        if (g === undefined) return;
        const { policy, p, zones, t } = g;
        const needs = policy.needsByKind[p.kind]!;
        const full = scanHistory(newCounters(), p, policy.params, zones, t, NEED_ALL);
        const part = scanHistory(newCounters(), p, policy.params, zones, t, needs);
        expect(always(part)).toEqual(always(full));
        for (const [bit, read] of fields) if ((needs & bit) !== 0) expect(read(part)).toEqual(read(full));
      }),
      { numRuns: 500, seed: 78 },
    );
  });

  it('an event after the proposed instant does not count yet', () => {
    const future = [ev('2026-06-10T15:01:00Z', { result: 'conversation' })];
    expect(reasonsOf(decideOk(baseRequest({ history: future })))).toEqual([]);
    const d = decideOk(baseRequest({ at: '2026-06-10T15:02:00Z', history: future }));
    expect(reasonsOf(d)).toEqual(['POLICY_AFTER_CONVERSATION', 'POLICY_CALL_SPACING']);
  });
});
