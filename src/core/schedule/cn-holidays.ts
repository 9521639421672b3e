// The PRC official calendar (chinese-days): statutory holidays including the bridging
// days off, and make-up workdays (调休上班), which are workdays. Cached per date.
import chineseDays from 'chinese-days';

const cache = new Map<string, { readonly holiday: boolean; readonly restDay: boolean }>();

const lookup = (ymd: string): { readonly holiday: boolean; readonly restDay: boolean } => {
  let v = cache.get(ymd);
  if (v === undefined) {
    const d = chineseDays.getDayDetail(ymd);
    const weekendName = d.name === 'Saturday' || d.name === 'Sunday';
    v = { holiday: !d.work && !weekendName, restDay: !d.work };
    cache.set(ymd, v);
  }
  return v;
};

/** True on a statutory holiday; with `weekends`, also on an ordinary weekend that is not a make-up workday. */
export const isCnRestDay = (ymd: string, weekends: boolean): boolean => {
  const v = lookup(ymd);
  return weekends ? v.restDay : v.holiday;
};

// The same by local day number (days since 1970-01-01, 2000-01-01 … 2099-12-31 held in
// an array: bit 1 known, bit 2 holiday, bit 4 rest day).
const FIRST_DAY = 10_957;
const byDay = new Uint8Array(36_525);

/** isCnRestDay for the local date `day` (days since 1970-01-01). */
export const isCnRestDayNumber = (day: number, weekends: boolean): boolean => {
  const i = day - FIRST_DAY;
  if (i < 0 || i >= byDay.length) return isCnRestDay(new Date(day * 86_400_000).toISOString().slice(0, 10), weekends);
  let v = byDay[i]!;
  if (v === 0) {
    const x = lookup(new Date(day * 86_400_000).toISOString().slice(0, 10));
    v = 1 | (x.holiday ? 2 : 0) | (x.restDay ? 4 : 0);
    byDay[i] = v;
  }
  return (v & (weekends ? 4 : 2)) !== 0;
};
