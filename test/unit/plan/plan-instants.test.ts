// The planner's kept send instants (plan-batch.ts) against the reference functions they
// keep: the same instant for every date, time and zone, asked once or many times.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayEndInstant, sendInstant } from '../../../src/app/plan/plan-batch.js';
import { businessDayEnd, localSendTime } from '../../../src/core/strategy/local-send-time.js';

const zones = ['Asia/Shanghai', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'UTC', 'America/Sao_Paulo'];
const date = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
// DST change days included: the hours around 02:00 are the interesting ones.
const hhmm = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 59)).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

describe('sendInstant, dayEndInstant', () => {
  it('equal localSendTime and businessDayEnd, first time and kept', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(date, fc.constantFrom('2026-03-08', '2026-11-01', '2026-03-29', '2026-10-25')), hhmm, fc.constantFrom(...zones)), { maxLength: 20 }), (cases) => {
        for (const [d, t, z] of [...cases, ...cases]) {
          expect(sendInstant(d, t, z)).toBe(localSendTime(d, t, z));
          expect(dayEndInstant(d, z)).toBe(businessDayEnd(d, z));
        }
      }),
      { numRuns: 200 },
    );
  });
});
