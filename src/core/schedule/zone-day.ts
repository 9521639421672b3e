// A zone's local calendar day as UTC instants, computed once with Luxon and cached
// (per zone, an array indexed by local day number over ±11 years around the first day
// asked for, a Map beyond). After the first call a lookup is an array read and integer
// comparisons. All instants are epoch milliseconds (UTC);
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

/** Days held in the dense array of a zone (about 22 years). */
const DENSE_DAYS = 8192;

interface ZoneState {
  readonly name: string;
  readonly zone: IANAZone;
  /** dense[day - base]: the days near the first one asked for (NaN base: not yet set). */
  base: number;
  readonly dense: (ZoneDay | undefined)[];
  /** starts[day - base], ends[day - base]: UTC start and end of that local day (NaN: not computed yet). */
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** Permitted windows by hours key (from * 2000 + to): [start, end] per dense day. */
  readonly windows: Map<number, Float64Array>;
  winKey: number;
  win: Float64Array;
  /** Days outside the dense range. */
  readonly days: Map<number, ZoneDay>;
  lastOffset: number;
  /** The day found last: most lookups fall in it again. */
  last: ZoneDay | undefined;
}

const zones = new Map<string, ZoneState>();
const EMPTY_WINDOWS = new Float64Array(0);

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
    s = {
      name,
      zone,
      base: Number.NaN,
      dense: new Array<ZoneDay | undefined>(DENSE_DAYS),
      starts: new Float64Array(DENSE_DAYS).fill(Number.NaN),
      ends: new Float64Array(DENSE_DAYS).fill(Number.NaN),
      windows: new Map(),
      winKey: -1,
      win: EMPTY_WINDOWS,
      days: new Map(),
      lastOffset: 0,
      last: undefined,
    };
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

/**
 * The same number, as a small integer when it is one. Luxon sometimes returns an offset
 * as a heap number (480.0): stored into a field that held small integers, it changes the
 * hidden class of every ZoneDay and ZoneState, and every optimised function that reads
 * them is thrown away at once (measured: one 25,000-request chunk of the decide bench
 * took 5× longer when the first such day appeared).
 */
const asSmi = (x: number): number => ((x | 0) === x ? x | 0 : x);

const buildDay = (s: ZoneState, name: string, day: number): ZoneDay => {
  // Local midnight lies within [day - 14h, day + 12h] UTC for any real offset; the day
  // ends at most 36h after day*DAY. One transition at most in that span.
  let lo = day * DAY_MS - 15 * HOUR_MS;
  let hi = day * DAY_MS + 39 * HOUR_MS;
  const before = asSmi(s.zone.offset(lo) * MINUTE_MS);
  const after = asSmi(s.zone.offset(hi) * MINUTE_MS);
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
  if (s.base !== s.base) s.base = day - DENSE_DAYS / 2;
  const i = day - s.base;
  if (i >= 0 && i < DENSE_DAYS) {
    let d = s.dense[i];
    if (d === undefined) {
      d = buildDay(s, zone, day);
      s.dense[i] = d;
      s.starts[i] = d.start;
      s.ends[i] = d.end;
    }
    return d;
  }
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

// The hot path's view of a zone (history scan, quiet hours): local days as numbers and
// their starts and permitted windows read from typed arrays, no ZoneDay object.

/** A zone's tables; look it up once per zone and decision. */
export type ZoneTable = Readonly<Pick<ZoneState, 'name'>> & { readonly __zoneTable: never };

export const zoneTable = (zone: string): ZoneTable => stateOf(zone) as unknown as ZoneTable;

/** UTC start of local day `day`. */
export const tableDayStart = (tb: ZoneTable, day: number): number => {
  const s = tb as unknown as ZoneState;
  const i = day - s.base;
  if (i >= 0 && i < DENSE_DAYS) {
    const v = s.starts[i]!;
    if (v === v) return v;
  }
  return dayOf(s, s.name, day).start;
};

/** UTC end (exclusive) of local day `day`. */
export const tableDayEnd = (tb: ZoneTable, day: number): number => {
  const s = tb as unknown as ZoneState;
  const i = day - s.base;
  if (i >= 0 && i < DENSE_DAYS) {
    const v = s.ends[i]!;
    if (v === v) return v;
  }
  return dayOf(s, s.name, day).end;
};

/** The local day (days since 1970-01-01) containing instant t: the day zoneDayAt(zone, t) gives. */
export const tableDayAt = (tb: ZoneTable, t: number): number => {
  const s = tb as unknown as ZoneState;
  // Mostly the offset seen last gives the day at once: two reads, no call, no write.
  const d = Math.floor((t + s.lastOffset) / DAY_MS);
  const i = d - s.base;
  if (i >= 0 && i < DENSE_DAYS && t >= s.starts[i]! && t < s.ends[i]!) return d; // NaN (not built): false
  return tableDayAtSlow(s, tb, t, d);
};

/** From `d`, the day the last offset points to, step to the day containing t and remember its offset. */
const tableDayAtSlow = (s: ZoneState, tb: ZoneTable, t: number, from: number): number => {
  let d = from;
  let start = tableDayStart(tb, d);
  while (t < start) {
    d -= 1;
    start = tableDayStart(tb, d);
  }
  while (t >= tableDayEnd(tb, d)) d += 1;
  s.lastOffset = asSmi(d * DAY_MS - tableDayStart(tb, d));
  return d;
};

/**
 * Index i of the permitted window of local day `day` between wall minutes from and to
 * (permitted-window.ts), computed once: tableWindows(tb)[i] is its UTC start, [i + 1]
 * its end. -1 outside the dense range (use zoneDayOf and permittedWindow there).
 */
export const tableWindowIndex = (tb: ZoneTable, day: number, from: number, to: number): number => {
  const s = tb as unknown as ZoneState;
  const key = from * 2000 + to;
  if (s.winKey !== key) {
    let w = s.windows.get(key);
    if (w === undefined) {
      w = new Float64Array(2 * DENSE_DAYS).fill(Number.NaN);
      s.windows.set(key, w);
    }
    s.winKey = key;
    s.win = w;
  }
  if (s.base !== s.base) dayOf(s, s.name, day);
  const i = day - s.base;
  if (i < 0 || i >= DENSE_DAYS) return -1;
  const w = s.win;
  if (w[2 * i] !== w[2 * i]) {
    const zd = dayOf(s, s.name, day);
    w[2 * i] = wallToUtc(zd, from);
    w[2 * i + 1] = wallToUtc(zd, to);
  }
  return 2 * i;
};

/** The window array that tableWindowIndex indexes (valid until the next call with other hours). */
export const tableWindows = (tb: ZoneTable): Float64Array => (tb as unknown as ZoneState).win;
