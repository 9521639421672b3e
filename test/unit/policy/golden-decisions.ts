// Decisions of seeded generated requests, one compact line each, for the test that the
// engine's decisions stay exactly the same when its representation changes
// (golden-decisions.test.ts). Requests go through the JSON contract (prepareRequest);
// a third of them with tighter overrides, each decided at its instant and at a later one.
import { createHash } from 'node:crypto';
import { generateDecisionRequest } from '../../../bench/support/generate-decision-request.js';
import { Prng } from '../../../bench/support/prng.js';
import type { DecisionRequest, OverrideValue, PackId } from '../../../src/core/model/decision-request.js';
import type { Decision } from '../../../src/core/model/decision.js';
import { decideRequest } from '../../../src/core/policy/decide-request.js';

const tighter: Readonly<Record<PackId, Readonly<Record<string, OverrideValue>>>> = {
  'us-regf': {
    'quiet-hours.earliest': '09:00',
    'call-frequency.maxCalls': 3,
    'call-frequency.windowDays': 10,
    'after-conversation.quietDays': 9,
    'daily-cap.smsPerDay': 1,
    'call-spacing.minutes': 120,
  },
  cn: { 'quiet-hours.latest': '20:00', 'daily-cap.smsPerDay': 1, 'weekly-cap.smsPer7Days': 3, 'holidays.weekends': true, 'connected-calls.maxPerDay': 1 },
};

const line = (d: Decision): string => `${d.allowed ? 'A' : 'B'} ${d.earliestAllowedAt ?? '-'} ${d.violations.map((v) => `${v.rule}:${v.reason}`).join(',')}`;

/** The requests of run i: the generated request, and the same at a later instant. */
export const goldenRequests = (i: number): DecisionRequest[] => {
  const prng = new Prng(1_000_003 * (i + 1));
  const r0 = generateDecisionRequest(prng, i);
  const r = i % 3 === 2 ? { ...r0, overrides: tighter[r0.pack] } : r0;
  const later = Date.parse(r.at) + prng.int(1, 4 * 24 * 60) * 60_000;
  return [r, { ...r, at: new Date(later).toISOString() }];
};

export const goldenLines = (count: number): string[] => {
  const out: string[] = [];
  for (let i = 0; i < count; i += 1) {
    for (const r of goldenRequests(i)) {
      const d = decideRequest(r);
      out.push(d.ok ? line(d.value) : `E ${d.error.map((f) => f.code).join(',')}`);
    }
  }
  return out;
};

export const digestOf = (lines: readonly string[]): string => createHash('sha256').update(lines.join('\n')).digest('hex');
