// Windows of whole local days ("7 consecutive days", "per day") for a person who may
// be in several zones. With several zones the union is used: the window starts at the
// earliest local midnight among the zones, so more history counts (the stricter reading).
import { tableDayAt, tableDayEnd, zoneDayAt, zoneDayOf, zoneTable } from './zone-day.js';

/** UTC start of the window of `days` local days ending with the day containing `t`. */
export const windowStart = (zones: readonly string[], t: number, days: number): number => {
  let start = Number.POSITIVE_INFINITY;
  for (let i = 0; i < zones.length; i += 1) {
    const zone = zones[i] as string;
    const s = zoneDayOf(zone, zoneDayAt(zone, t).day - (days - 1)).start;
    if (s < start) start = s;
  }
  return start;
};

/** The next local midnight after `t` in any of the zones (when a day window can move). */
export const nextMidnight = (zones: readonly string[], t: number): number => {
  let next = Number.POSITIVE_INFINITY;
  for (let z = 0; z < zones.length; z += 1) {
    const tb = zoneTable(zones[z] as string);
    const e = tableDayEnd(tb, tableDayAt(tb, t));
    if (e < next) next = e;
  }
  return next;
};

/** UTC start of local day `offset` days after the day containing `t`, latest over zones. */
export const latestDayStart = (zones: readonly string[], t: number, offset: number): number => {
  let s = Number.NEGATIVE_INFINITY;
  for (const zone of zones) {
    const v = zoneDayOf(zone, zoneDayAt(zone, t).day + offset).start;
    if (v > s) s = v;
  }
  return s;
};
