// cn Tact default: no collection contact on a statutory public holiday of the official
// calendar (chinese-days), judged on the local date in every zone of the person. A
// make-up workday (调休上班) is a workday. Replies, opt-out confirmations and legally
// required notices are not collection contacts.
import { isCnRestDayNumber } from '../../schedule/cn-holidays.js';
import { tableDayAt, tableDayStart, zoneDayAt, zoneTable } from '../../schedule/zone-day.js';
import { type PreparedRequest, channelOf, purposeOf } from '../prepared-request.js';
import type { Rule } from '../rule.js';
import { timedChannel } from './quiet-hours-rule.js';

const appliesTo = (req: PreparedRequest): boolean =>
  timedChannel(channelOf(req)) && (purposeOf(req) === 'collection' || purposeOf(req) === 'location' || purposeOf(req) === 'consent_request');

export const holidayRule: Rule = {
  id: 'holidays',
  appliesTo: (ch, _party, purpose) => timedChannel(ch) && (purpose === 'collection' || purpose === 'location' || purpose === 'consent_request'),
  check: ({ req, params, zones, c }, t) => {
    if (!params.holidays || !appliesTo(req)) return undefined;
    const known = c.at === t; // the scan already found each zone's local day at t
    for (let z = 0; z < zones.length; z += 1) {
      const day = known ? c.zoneDays[z]! : tableDayAt(zoneTable(zones[z] as string), t);
      if (isCnRestDayNumber(day, params.holidayWeekends)) return 'POLICY_HOLIDAY';
    }
    return undefined;
  },
  earliest: ({ params, zones }, t) => {
    let next = t;
    for (let z = 0; z < zones.length; z += 1) {
      const tb = zoneTable(zones[z] as string);
      let d = tableDayAt(tb, t);
      let n = 0;
      while (isCnRestDayNumber(d, params.holidayWeekends) && n < 60) {
        d += 1;
        n += 1;
      }
      if (n > 0) {
        const start = tableDayStart(tb, d);
        if (start > next) next = start;
      }
    }
    return next;
  },
  detail: ({ zones }, t) => zones.map((z) => `${z} local date ${zoneDayAt(z, t).ymd}`).join('; '),
};
