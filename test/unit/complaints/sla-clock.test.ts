// The complaint SLA clock in the tenant's business calendar: PRC official calendar with
// the 2026 Spring Festival and National Day holidays and their make-up workdays
// (Feb 14 and Feb 28, Sep 20 and Oct 10 are workdays), and US federal holidays.
// Sources: State Council notice on 2026 holidays (via chinese-days); 5 U.S.C. 6103.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { businessDaysBetween, businessDeadline, isBusinessDay, type BusinessCalendar } from '../../../src/core/complaints/business-calendar.js';
import { nextDue, slaBreach, slaDeadlines } from '../../../src/core/complaints/sla-clock.js';
import { zoneDayAt } from '../../../src/core/schedule/zone-day.js';

const utc = (iso: string): number => Date.parse(iso);
const iso = (ms: number): string => new Date(ms).toISOString();

describe('SLA deadlines (acknowledge 3, resolve 15 business days)', () => {
  const rows: readonly { why: string; cal: BusinessCalendar; zone: string; received: string; ack: string; resolve?: string }[] = [
    // Wed Sep 30 → Oct 1–7 off; Oct 8, Oct 9, Sat Oct 10 (make-up workday) count.
    { why: 'across National Day 2026, ending on a make-up Saturday', cal: 'cn-official', zone: 'Asia/Shanghai', received: '2026-09-30T02:00:00Z', ack: '2026-10-10T16:00:00.000Z', resolve: '2026-10-27T16:00:00.000Z' },
    // Fri Sep 18 → Sat off; Sun Sep 20 make-up workday; Mon, Tue.
    { why: 'a make-up Sunday counts', cal: 'cn-official', zone: 'Asia/Shanghai', received: '2026-09-18T07:00:00Z', ack: '2026-09-22T16:00:00.000Z' },
    // Fri Feb 13 → Sat Feb 14 make-up; Feb 15–23 off; Feb 24, Feb 25.
    { why: 'across the Spring Festival 2026', cal: 'cn-official', zone: 'Asia/Shanghai', received: '2026-02-13T01:00:00Z', ack: '2026-02-25T16:00:00.000Z' },
    // 23:30 in Shanghai on Mon Dec 7 is still Dec 7 locally (15:30 UTC).
    { why: 'the local date of receipt, not the UTC date', cal: 'cn-official', zone: 'Asia/Shanghai', received: '2026-12-07T15:30:00Z', ack: '2026-12-10T16:00:00.000Z' },
    // Wed Nov 25 → Thanksgiving Nov 26 off; Fri 27, Mon 30, Tue Dec 1.
    { why: 'US Thanksgiving', cal: 'us-federal', zone: 'America/New_York', received: '2026-11-25T17:00:00Z', ack: '2026-12-02T05:00:00.000Z' },
    // July 4 2026 is a Saturday: observed Friday July 3.
    { why: 'US Independence Day observed on Friday', cal: 'us-federal', zone: 'America/New_York', received: '2026-07-02T15:00:00Z', ack: '2026-07-09T04:00:00.000Z' },
  ];
  it.each(rows)('$why', (r) => {
    const d = slaDeadlines(r.cal, r.zone, utc(r.received), { acknowledge: 3, resolve: 15 });
    expect(iso(d.acknowledgeBy)).toBe(r.ack);
    if (r.resolve !== undefined) expect(iso(d.resolveBy)).toBe(r.resolve);
  });

  it('treats make-up workdays as business days and holidays as rest days', () => {
    const day = (ymd: string): { ymd: string; weekday: number } => zoneDayAt('Asia/Shanghai', utc(`${ymd}T04:00:00Z`));
    expect(isBusinessDay('cn-official', day('2026-10-10'))).toBe(true); // Saturday, make-up
    expect(isBusinessDay('cn-official', day('2026-02-28'))).toBe(true); // Saturday, make-up
    expect(isBusinessDay('cn-official', day('2026-10-05'))).toBe(false); // Monday, National Day
    expect(isBusinessDay('cn-official', day('2026-10-11'))).toBe(false); // ordinary Sunday
  });
});

describe('breaches', () => {
  const d = slaDeadlines('cn-official', 'Asia/Shanghai', utc('2026-09-30T02:00:00Z'), { acknowledge: 3, resolve: 15 });
  const rows: readonly { status: 'received' | 'acknowledged' | 'referred_to_mediation' | 'resolved'; at: number; breach: string | undefined }[] = [
    { status: 'received', at: d.acknowledgeBy - 1, breach: undefined },
    { status: 'received', at: d.acknowledgeBy, breach: 'acknowledge' },
    { status: 'acknowledged', at: d.acknowledgeBy + 1, breach: undefined },
    { status: 'acknowledged', at: d.resolveBy, breach: 'resolve' },
    { status: 'received', at: d.resolveBy, breach: 'resolve' },
    { status: 'referred_to_mediation', at: d.resolveBy + 1, breach: undefined },
    { status: 'resolved', at: d.resolveBy + 1, breach: undefined },
  ];
  it.each(rows)('$status at +$at → $breach', (r) => {
    expect(slaBreach({ ...d, status: r.status }, r.at)).toBe(r.breach);
  });
  it('the next due date follows the status', () => {
    expect(nextDue({ ...d, status: 'received' })).toBe(d.acknowledgeBy);
    expect(nextDue({ ...d, status: 'acknowledged' })).toBe(d.resolveBy);
    expect(nextDue({ ...d, status: 'resolved' })).toBeUndefined();
  });
});

describe('properties', () => {
  const cal = fc.constantFrom<BusinessCalendar>('cn-official', 'us-federal');
  const zone = fc.constantFrom('Asia/Shanghai', 'America/New_York', 'America/Los_Angeles');
  const at = fc.integer({ min: utc('2025-01-01T00:00:00Z'), max: utc('2026-12-01T00:00:00Z') });
  const n = fc.integer({ min: 1, max: 20 });

  it('a deadline is a local midnight after exactly N business days, the last of them a business day', () => {
    fc.assert(fc.property(cal, zone, at, n, (c, z, t, k) => {
      const due = businessDeadline(c, z, t, k);
      expect(due).toBeGreaterThan(t);
      const last = zoneDayAt(z, due - 1);
      expect(last.end).toBe(due);
      expect(isBusinessDay(c, last)).toBe(true);
      expect(businessDaysBetween(c, z, t, due - 1)).toBe(k);
    }), { numRuns: 150 });
  });

  it('is monotone in the number of days and in the time of receipt', () => {
    fc.assert(fc.property(cal, zone, at, n, fc.integer({ min: 0, max: 10 * 86_400_000 }), (c, z, t, k, dt) => {
      expect(businessDeadline(c, z, t, k + 1)).toBeGreaterThan(businessDeadline(c, z, t, k));
      expect(businessDeadline(c, z, t + dt, k)).toBeGreaterThanOrEqual(businessDeadline(c, z, t, k));
    }), { numRuns: 150 });
  });
});
