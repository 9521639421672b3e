// A tenant's business days, by its policy pack: `cn-official` is the PRC official
// calendar (chinese-days via cn-holidays.ts: weekends and statutory holidays are rest
// days, make-up workdays 调休上班 are business days); `us-federal` is Monday–Friday
// without the observed US federal holidays. Days are local dates in the tenant's zone.
import type { PackId } from '../model/decision-request.js';
import { isCnRestDay } from '../schedule/cn-holidays.js';
import { isUsFederalHoliday } from '../schedule/us-federal-holidays.js';
import { zoneDayAt, zoneDayOf, type ZoneDay } from '../schedule/zone-day.js';

export const businessCalendars = ['cn-official', 'us-federal'] as const;
export type BusinessCalendar = (typeof businessCalendars)[number];

export const calendarForPack = (pack: PackId): BusinessCalendar => (pack === 'cn' ? 'cn-official' : 'us-federal');

export const isBusinessDay = (calendar: BusinessCalendar, day: Pick<ZoneDay, 'ymd' | 'weekday'>): boolean =>
  calendar === 'cn-official' ? !isCnRestDay(day.ymd, true) : day.weekday < 5 && !isUsFederalHoliday(day.ymd);

/**
 * The end (next local midnight, epoch ms) of the `days`-th business day after the local
 * date of `at`; the day of `at` itself does not count, whatever the hour. days ≥ 1.
 */
export const businessDeadline = (calendar: BusinessCalendar, zone: string, at: number, days: number): number => {
  let zd = zoneDayAt(zone, at);
  let counted = 0;
  // A run of rest days is at most a few weeks; 4 × days + 60 bounds the loop anyway.
  for (let guard = 0; counted < days && guard < 4 * days + 60; guard += 1) {
    zd = zoneDayOf(zone, zd.day + 1);
    if (isBusinessDay(calendar, zd)) counted += 1;
  }
  return zd.end;
};

/** Business days from the local date of `from` (exclusive) to that of `to` (inclusive). */
export const businessDaysBetween = (calendar: BusinessCalendar, zone: string, from: number, to: number): number => {
  const a = zoneDayAt(zone, from);
  const b = zoneDayAt(zone, to);
  let n = 0;
  for (let d = a.day + 1; d <= b.day; d += 1) if (isBusinessDay(calendar, zoneDayOf(zone, d))) n += 1;
  return n;
};
