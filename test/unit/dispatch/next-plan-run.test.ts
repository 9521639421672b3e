import { describe, expect, it } from 'vitest';
import { nextPlanRun, validPlanTime } from '../../../src/jobs/next-plan-run.js';
import { retryDelayMs, sendResultFor, attemptOutcomeOf } from '../../../src/app/dispatch/send-outcome.js';
import { messageId } from '../../../src/core/model/ids.js';

describe('nextPlanRun', () => {
  it('is today at the local time when it has not passed, else tomorrow', () => {
    const before = Date.parse('2026-01-05T21:00:00Z'); // 05:00 on 6 Jan in Shanghai
    expect(nextPlanRun(before, 'Asia/Shanghai', '06:00')).toEqual({ at: Date.parse('2026-01-05T22:00:00Z'), businessDate: '2026-01-06' });
    const after = Date.parse('2026-01-05T22:00:01Z');
    expect(nextPlanRun(after, 'Asia/Shanghai', '06:00')).toEqual({ at: Date.parse('2026-01-06T22:00:00Z'), businessDate: '2026-01-07' });
    expect(nextPlanRun(Date.parse('2026-01-05T22:00:00Z'), 'Asia/Shanghai', '06:00').businessDate).toBe('2026-01-06');
  });
  it('follows daylight saving time in the tenant zone', () => {
    // New York: 8 March 2026 springs forward; 06:00 EDT is 10:00Z, the day before 11:00Z.
    expect(nextPlanRun(Date.parse('2026-03-07T12:00:00Z'), 'America/New_York', '06:00').at).toBe(Date.parse('2026-03-08T10:00:00Z'));
    expect(nextPlanRun(Date.parse('2026-03-07T00:00:00Z'), 'America/New_York', '06:00').at).toBe(Date.parse('2026-03-07T11:00:00Z'));
  });
  it('validates HH:MM', () => {
    expect(validPlanTime('06:00')).toBe(true);
    expect(validPlanTime('24:00')).toBe(false);
    expect(validPlanTime('6:00')).toBe(false);
  });
});

describe('send outcomes', () => {
  const id = messageId('m1');
  const policy = { maxAttempts: 3, baseMs: 1000, maxMs: 5000 };
  it('only rejections and not-sent transients prove non-acceptance', () => {
    expect(attemptOutcomeOf({ kind: 'accepted', providerId: 'p' })).toBe('accepted');
    expect(attemptOutcomeOf({ kind: 'rejected', permanent: true, reason: 'x' })).toBe('not_accepted');
    expect(attemptOutcomeOf({ kind: 'transient', reason: 'throttled' })).toBe('not_accepted');
    expect(attemptOutcomeOf({ kind: 'transient', reason: 'no submit_sm_resp within 30000 ms; may or may not have been accepted' })).toBe('maybe_accepted');
  });
  it('backs off exponentially up to the cap, then fails', () => {
    expect([1, 2, 3, 4].map((a) => retryDelayMs(a, policy))).toEqual([1000, 2000, 4000, 5000]);
    expect(sendResultFor(id, 1, { kind: 'transient', reason: 't' }, 0, policy)).toMatchObject({ state: 'planned', retryAt: 1000 });
    expect(sendResultFor(id, 3, { kind: 'transient', reason: 't' }, 0, policy)).toMatchObject({ state: 'failed' });
    expect(sendResultFor(id, 1, { kind: 'rejected', permanent: false, reason: 'sys' }, 0, policy)).toMatchObject({ state: 'planned' });
    expect(sendResultFor(id, 1, { kind: 'rejected', permanent: true, reason: 'bad' }, 0, policy)).toMatchObject({ state: 'failed' });
    expect(sendResultFor(id, 1, { kind: 'accepted', providerId: 'p' }, 0, policy)).toMatchObject({ state: 'sent', providerId: 'p' });
  });
});
