// Calendar dates as YYYY-MM-DD (ISO 8601 extended, proleptic Gregorian). Plain integer
// arithmetic: a date has no time zone, so none is involved.
import type { Result } from '../result.js';
import { err, ok } from '../result.js';

export type DateProblem = 'bad' | 'impossible';

const shape = /^(\d{4})-(\d{2})-(\d{2})$/;

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export const parseIsoDate = (text: string): Result<string, DateProblem> => {
  const m = shape.exec(text.trim());
  if (m === null) return err('bad');
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return err('impossible');
  const last = mo === 2 && isLeap(y) ? 29 : (monthDays[mo - 1] ?? 31);
  if (d > last) return err('impossible');
  return ok(`${m[1]}-${m[2]}-${m[3]}`);
};

/** Days since 1970-01-01 of a valid YYYY-MM-DD (Howard Hinnant's days_from_civil). */
export const epochDay = (date: string): number => {
  let y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
};
