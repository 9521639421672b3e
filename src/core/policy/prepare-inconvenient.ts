// One designated inconvenient time (days, local hours, until, place, medium) as the
// person-inconvenient rule reads it. Shared by prepareRequest (decide from JSON) and
// the decision-context loader (designations stored from the portal).
import { weekdays, type InconvenientTime } from '../model/decision-request.js';
import { parseWallTime } from '../schedule/permitted-window.js';
import { parseInstant } from './parse-instant.js';
import type { PreparedInconvenient } from './prepared-request.js';

export const prepareInconvenient = (x: InconvenientTime): PreparedInconvenient => {
  let days = 0;
  for (const d of x.days ?? []) days |= 1 << weekdays.indexOf(d);
  const hasHours = x.from !== undefined || x.to !== undefined;
  return {
    days,
    from: hasHours ? parseWallTime(x.from ?? '00:00') : undefined,
    to: hasHours ? parseWallTime(x.to ?? '24:00') : undefined,
    until: x.until === undefined ? Number.POSITIVE_INFINITY : parseInstant(x.until),
    place: x.place,
    channel: x.channel,
  };
};
