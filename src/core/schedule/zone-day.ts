// A zone's local calendar day as UTC instants, computed once with Luxon and cached
// (Map keyed by zone, then by local day number). After the first call a lookup is a
// Map get and integer comparisons. All instants are epoch milliseconds (UTC);
// `day` counts local dates since 1970-01-01 (0 = Thursday).
import { IANAZone } from 'luxon';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

export interface ZoneDay {
  readonly zone: string;
  /** Local date as days since 1970-01-01. */
  readonly day: number;
  /** UTC instant of local 00:00 (the first instant of the local date). */
  readonly start: number;
  /** UTC instant of the next local 00:00 (exclusive end). */
  readonly end: number;
  /** 0 = Monday … 6 = Sunday. */
  readonly weekday: number;
  /** "YYYY-MM-DD" local date. */
  readonly ymd: string;
  /** The one offset change near this day (Infinity when none), with the offsets in ms. */
  readonly transition: number;
  readonly offsetBefore: number;
  readonly offsetAfter: number;
  /** Memo of the last permitted window asked for (key = from * 2000 + to). */
  winKey: number;
  winStart: number;
  winEnd: number;
  /** Memo: back[k] = UTC start of the local day k days earlier (filled on demand). */
  readonly back: number[];
}

interface ZoneState {
  readonly zone: IANAZone;
  readonly days: Map<number, ZoneDay>;
  lastOffset: number;
  /** The day found last: most lookups fall in it again. */
  last: ZoneDay | undefined;
}

const zones = new Map<string, ZoneState>();

export const isKnownZone = (name: string): boolean => IANAZone.isValidZone(name);

// One-entry memo in front of the Map: consecutive lookups are mostly for one zone.
let lastName = '';
let lastState: ZoneState | undefined;

const stateOf = (name: string): ZoneState => {
  if (name === lastName && lastState !== undefined) return lastState;
  let s = zones.get(name);
  if (s === undefined) {
    const zone = IANAZone.create(name);
    if (!zone.isValid) throw new RangeError(`unknown time zone`);
    s = { zone, days: new Map(), lastOffset: 0, last: undefined };
    zones.set(name, s);
  }
  lastName = name;
  lastState = s;
  return s;
};

/** First UTC instant whose local wall clock reads ≥ `wall` (local ms since epoch). */
const wallToUtcWith = (wall: number, transition: number, before: number, after: number): number => {
  const c1 = wall - before;
  const c2 = wall - after;
  const v1 = c1 < transition;
  const v2 = c2 >= transition;
  if (v1 && v2) return Math.min(c1, c2); // ambiguous (clocks went back): the earlier
  if (v1) return c1;
  if (v2) return c2;
  return transition; // the wall time does not exist (clocks went forward)
};

const buildDay = (s: ZoneState, name: string, day: number): ZoneDay => {
  // Local midnight lies within [day - 14h, day + 12h] UTC for any real offset; the day
  // ends at most 36h after day*DAY. One transition at most in that span.
  let lo = day * DAY_MS - 15 * HOUR_MS;
  let hi = day * DAY_MS + 39 * HOUR_MS;
  const before = s.zone.offset(lo) * MINUTE_MS;
  const after = s.zone.offset(hi) * MINUTE_MS;
  let transition = Number.POSITIVE_INFINITY;
  if (before !== after) {
    while (hi - lo > MINUTE_MS) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
      if (s.zone.offset(mid) * MINUTE_MS === before) lo = mid;
      else hi = mid;
    }
    transition = hi;
  }
  const start = wallToUtcWith(day * DAY_MS, transition, before, after);
  const end = wallToUtcWith((day + 1) * DAY_MS, transition, before, after);
  return {
    zone: name,
    day,
    start,
    end,
    weekday: (((day + 3) % 7) + 7) % 7,
    ymd: new Date(day * DAY_MS).toISOString().slice(0, 10),
    transition,
    offsetBefore: before,
    offsetAfter: after,
    winKey: -1,
    winStart: 0,
    winEnd: 0,
    back: [],
  };
};

const dayOf = (s: ZoneState, zone: string, day: number): ZoneDay => {
  let zd = s.days.get(day);
  if (zd === undefined) {
    zd = buildDay(s, zone, day);
    s.days.set(day, zd);
  }
  return zd;
};

/** The local day `day` in `zone`. Throws RangeError for an unknown zone (validate at the edge). */
export const zoneDayOf = (zone: string, day: number): ZoneDay => dayOf(stateOf(zone), zone, day);

/** The local day containing instant `t` in `zone`. */
export const zoneDayAt = (zone: string, t: number): ZoneDay => {
  const s = stateOf(zone);
  const last = s.last;
  if (last !== undefined && t >= last.start && t < last.end) return last;
  let zd = dayOf(s, zone, Math.floor((t + s.lastOffset) / DAY_MS));
  while (t < zd.start) zd = dayOf(s, zone, zd.day - 1);
  while (t >= zd.end) zd = dayOf(s, zone, zd.day + 1);
  s.lastOffset = t < zd.transition ? zd.offsetBefore : zd.offsetAfter;
  s.last = zd;
  return zd;
};

/** First UTC instant of local day `zd` whose wall clock reads ≥ `minute` (0–1440). */
export const wallToUtc = (zd: ZoneDay, minute: number): number =>
  minute >= 1440 ? zd.end : wallToUtcWith(zd.day * DAY_MS + minute * MINUTE_MS, zd.transition, zd.offsetBefore, zd.offsetAfter);

/** Local wall-clock minute of the day (0–1439) at instant `t` inside `zd`. */
export const localMinute = (zd: ZoneDay, t: number): number => {
  const wall = t + (t < zd.transition ? zd.offsetBefore : zd.offsetAfter);
  return Math.floor((wall - zd.day * DAY_MS) / MINUTE_MS);
};

/** "HH:MM" local wall time at instant `t` in `zone` (for explanations). */
export const localTimeText = (zone: string, t: number): string => {
  const zd = zoneDayAt(zone, t);
  const m = localMinute(zd, t);
  return `${zd.ymd} ${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

/** UTC start of the local day `k` days before `zd` (memoised on zd). */
export const startDaysBefore = (zd: ZoneDay, k: number): number => {
  let v = zd.back[k];
  if (v === undefined) {
    v = k === 0 ? zd.start : zoneDayOf(zd.zone, zd.day - k).start;
    zd.back[k] = v;
  }
  return v;
};
