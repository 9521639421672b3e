// Time of day in EVERY zone the person may be in (us-regf 08:00–21:00, cn 08:00–22:00
// local). Texts and e-mails are judged at the instant they are sent (= t). Letters and
// the person's own web sessions have no time of day. A valid reply is exempt.
import type { Channel } from '../../model/decision-request.js';
import { insideHours, nextInsideHours, permittedWindow } from '../../schedule/permitted-window.js';
import { localTimeText, tableWindowIndex, tableWindows, zoneDayAt } from '../../schedule/zone-day.js';
import type { Rule } from '../rule.js';
import { isValidReply } from './reply-once-rule.js';
import { channelOf, purposeOf } from '../prepared-request.js';
import type { PolicyParams } from '../policy-params.js';

export const timedChannel = (ch: Channel): boolean => ch !== 'letter' && ch !== 'web';

const hhmm = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** First instant ≥ t inside the permitted hours in every zone (each zone is outside them until its own answer). */
const nextInsideAll = (params: PolicyParams, zones: readonly string[], t: number): number => {
  let next = t;
  for (let z = 0; z < zones.length; z += 1) {
    const n = nextInsideHours(zones[z] as string, t, params.quietFrom, params.quietTo);
    if (n > next) next = n;
  }
  return next;
};

export const quietHoursRule: Rule = {
  id: 'quiet-hours',
  appliesTo: (ch) => timedChannel(ch),
  check: ({ req, params, zones, c }, t) => {
    if (!timedChannel(channelOf(req)) || isValidReply(req, c)) return undefined;
    const from = params.quietFrom;
    const to = params.quietTo;
    const known = c.at === t; // the scan already found each zone's local day at t
    for (let i = 0; i < zones.length; i += 1) {
      if (known) {
        const tb = c.zoneTables[i]!;
        const w = tableWindowIndex(tb, c.zoneDays[i]!, from, to);
        if (w >= 0) {
          const win = tableWindows(tb);
          if (t >= win[w]! && t < win[w + 1]!) continue;
          return 'POLICY_QUIET_HOURS';
        }
      }
      if (!insideHours(zones[i] as string, t, from, to)) return 'POLICY_QUIET_HOURS';
    }
    return undefined;
  },
  earliest: ({ params, zones }, t) => nextInsideAll(params, zones, t),
  // Only a reply reads history here (isValidReply): anything else is judged on t alone.
  beforeScan: (req, params, zones, t) => (!timedChannel(channelOf(req)) || purposeOf(req) === 'reply' ? t : nextInsideAll(params, zones, t)),
  detail: ({ params, zones }, t) =>
    zones
      .map((z) => {
        const w = permittedWindow(zoneDayAt(z, t), params.quietFrom, params.quietTo);
        const ok = t >= w.start && t < w.end;
        return `${z} local ${localTimeText(z, t)} (${ok ? 'inside' : 'outside'} ${hhmm(params.quietFrom)}–${hhmm(params.quietTo)})`;
      })
      .join('; '),
};
