// US federal holidays (5 U.S.C. 6103(a)), computed by rule for any year, with the
// observed-day shift of Executive Order 11582 / 5 U.S.C. 6103(b): a holiday on a
// Saturday is observed the Friday before, one on a Sunday the Monday after.
// Juneteenth (June 19) is a federal holiday from 2021. Dates are "YYYY-MM-DD".

const ymd = (y: number, m: number, d: number): string =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** Days since 1970-01-01 of a calendar date (proleptic Gregorian, UTC arithmetic). */
const dayNumber = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / 86_400_000;

/** 0 = Monday … 6 = Sunday. */
const weekdayOf = (y: number, m: number, d: number): number => (((dayNumber(y, m, d) + 3) % 7) + 7) % 7;

const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The n-th (1-based) weekday `wd` (0 = Monday) of a month; n = -1 for the last. */
const nthWeekday = (y: number, m: number, wd: number, n: number): number => {
  if (n > 0) {
    const first = weekdayOf(y, m, 1);
    return 1 + ((wd - first + 7) % 7) + 7 * (n - 1);
  }
  const lastDay = daysInMonth(y, m);
  const last = weekdayOf(y, m, lastDay);
  return lastDay - ((last - wd + 7) % 7);
};

const fromDayNumber = (n: number): string => {
  const d = new Date(n * 86_400_000);
  return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
};

/** Fixed-date holiday moved to its observed weekday. */
const observed = (y: number, m: number, d: number): string => {
  const wd = weekdayOf(y, m, d);
  const n = dayNumber(y, m, d);
  return wd === 5 ? fromDayNumber(n - 1) : wd === 6 ? fromDayNumber(n + 1) : ymd(y, m, d);
};

const MON = 0;
const THU = 3;

/** The observed federal holidays of one year, in date order. */
export const usFederalHolidays = (year: number): readonly string[] => {
  const days = [
    observed(year, 1, 1), // New Year's Day
    ymd(year, 1, nthWeekday(year, 1, MON, 3)), // Birthday of Martin Luther King, Jr.
    ymd(year, 2, nthWeekday(year, 2, MON, 3)), // Washington's Birthday
    ymd(year, 5, nthWeekday(year, 5, MON, -1)), // Memorial Day
    ...(year >= 2021 ? [observed(year, 6, 19)] : []), // Juneteenth National Independence Day
    observed(year, 7, 4), // Independence Day
    ymd(year, 9, nthWeekday(year, 9, MON, 1)), // Labor Day
    ymd(year, 10, nthWeekday(year, 10, MON, 2)), // Columbus Day
    observed(year, 11, 11), // Veterans Day
    ymd(year, 11, nthWeekday(year, 11, THU, 4)), // Thanksgiving Day
    observed(year, 12, 25), // Christmas Day
  ];
  return days.sort();
};

const cache = new Map<number, ReadonlySet<string>>();

/**
 * True when the date is an observed federal holiday. Looks at the next year too: New
 * Year's Day on a Saturday is observed on December 31 of the year before.
 */
export const isUsFederalHoliday = (date: string): boolean => {
  const year = Number(date.slice(0, 4));
  for (const y of [year, year + 1]) {
    let set = cache.get(y);
    if (set === undefined) cache.set(y, (set = new Set(usFederalHolidays(y))));
    if (set.has(date)) return true;
  }
  return false;
};
