// Observed US federal holidays (5 U.S.C. 6103; OPM holiday tables 2026, 2027).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isUsFederalHoliday, usFederalHolidays } from '../../../src/core/schedule/us-federal-holidays.js';

describe('US federal holidays', () => {
  it.each([
    [2026, ['2026-01-01', '2026-01-19', '2026-02-16', '2026-05-25', '2026-06-19', '2026-07-03', '2026-09-07', '2026-10-12', '2026-11-11', '2026-11-26', '2026-12-25']],
    [2027, ['2027-01-01', '2027-01-18', '2027-02-15', '2027-05-31', '2027-06-18', '2027-07-05', '2027-09-06', '2027-10-11', '2027-11-11', '2027-11-25', '2027-12-24']],
    [2020, ['2020-01-01', '2020-01-20', '2020-02-17', '2020-05-25', '2020-07-03', '2020-09-07', '2020-10-12', '2020-11-11', '2020-11-26', '2020-12-25']],
  ] as const)('%i', (year, expected) => {
    expect(usFederalHolidays(year)).toEqual(expected);
  });

  it('New Year on a Saturday is observed on December 31 of the year before', () => {
    expect(isUsFederalHoliday('2021-12-31')).toBe(true);
    expect(isUsFederalHoliday('2022-01-01')).toBe(false);
  });

  it('every observed holiday falls on a weekday, 10 or 11 a year', () => {
    fc.assert(fc.property(fc.integer({ min: 1990, max: 2100 }), (y) => {
      const days = usFederalHolidays(y);
      expect(days.length).toBe(y >= 2021 ? 11 : 10);
      for (const d of days) {
        const wd = new Date(`${d}T00:00:00Z`).getUTCDay();
        expect(wd).not.toBe(0);
        expect(wd).not.toBe(6);
        expect(isUsFederalHoliday(d)).toBe(true);
      }
    }));
  });
});
