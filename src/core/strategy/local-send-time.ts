// A step's preferred send time as an instant: "HH:MM" on the business date in a zone.
// A wall time skipped by a DST jump resolves to the first instant after the gap.
import { epochDay } from '../model/parse-iso-date.js';
import { parseWallTime } from '../schedule/permitted-window.js';
import { wallToUtc, zoneDayOf } from '../schedule/zone-day.js';

/** Epoch ms of `hhmm` local on `businessDate` (YYYY-MM-DD) in `zone` (a known IANA zone). */
export const localSendTime = (businessDate: string, hhmm: string, zone: string): number =>
  wallToUtc(zoneDayOf(zone, epochDay(businessDate)), parseWallTime(hhmm) ?? 0);

/** The end of the business date in `zone` (next local midnight), epoch ms. */
export const businessDayEnd = (businessDate: string, zone: string): number => zoneDayOf(zone, epochDay(businessDate)).end;
