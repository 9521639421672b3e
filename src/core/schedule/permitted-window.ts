// Permitted hours of one local day as one UTC interval [start, end), computed once per
// zone, day and hours and cached, so a quiet-hours check is two integer comparisons.
import { type ZoneDay, tableDayAt, tableWindowIndex, tableWindows, wallToUtc, zoneDayAt, zoneDayOf, zoneTable } from './zone-day.js';

export interface UtcInterval {
  readonly start: number;
  readonly end: number;
}

const cache = new Map<ZoneDay, Map<number, UtcInterval>>();

/** Permitted interval of local day `zd` between wall minutes `from` and `to` (to > from). */
export const permittedWindow = (zd: ZoneDay, from: number, to: number): UtcInterval => {
  let byHours = cache.get(zd);
  if (byHours === undefined) {
    byHours = new Map();
    cache.set(zd, byHours);
  }
  const key = from * 2000 + to;
  let w = byHours.get(key);
  if (w === undefined) {
    w = { start: wallToUtc(zd, from), end: wallToUtc(zd, to) };
    byHours.set(key, w);
  }
  return w;
};

/** Fills zd's one-window memo with the permitted window for (from, to). */
const memoWindow = (zd: ZoneDay, from: number, to: number): void => {
  const key = from * 2000 + to;
  if (zd.winKey !== key) {
    const w = permittedWindow(zd, from, to);
    zd.winKey = key;
    zd.winStart = w.start;
    zd.winEnd = w.end;
  }
};

/** True when `t` lies inside the permitted hours of its local day in `zone`. */
export const insideHours = (zone: string, t: number, from: number, to: number): boolean => {
  const tb = zoneTable(zone);
  const i = tableWindowIndex(tb, tableDayAt(tb, t), from, to);
  if (i >= 0) {
    const w = tableWindows(tb);
    return t >= w[i]! && t < w[i + 1]!;
  }
  const zd = zoneDayAt(zone, t);
  memoWindow(zd, from, to);
  return t >= zd.winStart && t < zd.winEnd;
};

/** First instant ≥ t inside the permitted hours in `zone`. */
export const nextInsideHours = (zone: string, t: number, from: number, to: number): number => {
  const tb = zoneTable(zone);
  const d = tableDayAt(tb, t);
  for (let k = 0; k < 3; k += 1) {
    const i = tableWindowIndex(tb, d + k, from, to);
    if (i < 0) break;
    const w = tableWindows(tb);
    const start = w[i]!;
    const end = w[i + 1]!;
    if (t < end && start < end) return Math.max(t, start);
    if (k === 2) throw new RangeError('no permitted hours in three days');
  }
  let zd = zoneDayAt(zone, t);
  for (let i = 0; i < 3; i += 1) {
    memoWindow(zd, from, to);
    if (t < zd.winEnd && zd.winStart < zd.winEnd) return Math.max(t, zd.winStart);
    zd = zoneDayOf(zone, zd.day + 1);
  }
  throw new RangeError('no permitted hours in three days');
};

/** Parses "HH:MM" (00:00–24:00) into minutes of the day; undefined when malformed. */
export const parseWallTime = (text: string): number | undefined => {
  const m = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(text);
  if (m === null) return undefined;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return minutes > 1440 ? undefined : minutes;
};
