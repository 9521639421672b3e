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
