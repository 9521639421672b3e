// The scan's two paths agree: the prepared summary (used when no event lies after t)
// and the full pass over events up to t (used otherwise). Events after t are ignored.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDecisionRequest } from '../../../bench/support/generate-decision-request.js';
import { Prng } from '../../../bench/support/prng.js';
import { compilePolicy } from '../../../src/core/policy/compile-policy.js';
import { newCounters } from '../../../src/core/policy/counters.js';
import { scanHistory } from '../../../src/core/policy/history-scan.js';
import { prepareRequest } from '../../../src/core/policy/prepare-request.js';
import { P_LATEST, preparedAt } from '../../../src/core/policy/prepared-request.js';
import { baseRequest, decideOk, ev, reasonsOf } from './request-builder.js';

describe('history scan', () => {
  it('summary path = full pass', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 0, max: 3 * 86_400_000 }), (seed, later) => {
        const r = generateDecisionRequest(new Prng(seed), seed % 1000);
        const c = compilePolicy(r.pack, r.overrides ?? {});
        if (!c.ok) return;
        const p = prepareRequest(r);
        const zones = p.timeZones.length > 0 ? p.timeZones : c.value.fallbackZones;
        const t = preparedAt(p) + later;
        const fast = { ...scanHistory(newCounters(), p, c.value.params, zones, t) };
        const buf = p.buf.slice();
        buf[p.off + P_LATEST] = Number.POSITIVE_INFINITY;
        const forced = { ...p, buf };
        const slow = { ...scanHistory(newCounters(), forced, c.value.params, zones, t) };
        expect(fast).toEqual(slow);
      }),
      { numRuns: 300, seed: 77 },
    );
  });

  it('an event after the proposed instant does not count yet', () => {
    const future = [ev('2026-06-10T15:01:00Z', { result: 'conversation' })];
    expect(reasonsOf(decideOk(baseRequest({ history: future })))).toEqual([]);
    const d = decideOk(baseRequest({ at: '2026-06-10T15:02:00Z', history: future }));
    expect(reasonsOf(d)).toEqual(['POLICY_AFTER_CONVERSATION', 'POLICY_CALL_SPACING']);
  });
});
