// Days, hours, places and media the person designated as inconvenient, each until
// `until` (after which it lapses). Days and hours are judged on the local wall clock in
// every zone of the person (inconvenient in any zone blocks); a range whose `from` is
// after `to` wraps over midnight; days and hours apply together (the weekday of the
// instant itself). A place matches only when the contact's place is known. A work
// designation gives POLICY_WORKPLACE (1006.6(b)(3)). A valid reply is exempt.
import type { ReasonCode } from '../reason-codes.js';
import { localMinute, wallToUtc, zoneDayAt, zoneDayOf } from '../../schedule/zone-day.js';
import { F_INCONVENIENT, type PreparedInconvenient, type PreparedRequest, channelOf } from '../prepared-request.js';
import type { Rule } from '../rule.js';
import { coversChannel } from './opt-out-rule.js';
import { isValidReply } from './reply-once-rule.js';

const inRange = (m: number, from: number, to: number): boolean => (from <= to ? m >= from && m < to : m >= from || m < to);

const applies = (x: PreparedInconvenient, req: PreparedRequest, t: number): boolean =>
  x.until > t &&
  (x.channel === undefined || coversChannel(x.channel, channelOf(req))) &&
  (x.place === undefined || x.place === req.place);

/** True when entry x blocks at t in zone. */
const blocksIn = (x: PreparedInconvenient, zone: string, t: number): boolean => {
  if (x.days === 0 && x.from === undefined) return true;
  const zd = zoneDayAt(zone, t);
  if (x.days !== 0 && ((x.days >> zd.weekday) & 1) === 0) return false;
  return x.from === undefined || inRange(localMinute(zd, t), x.from, x.to as number);
};

/** First instant ≥ t at which entry x stops blocking in zone (x blocks at t), null if never. */
const exitOf = (x: PreparedInconvenient, zone: string, t: number): number | null => {
  let exit = x.until;
  const zd = zoneDayAt(zone, t);
  if (x.days !== 0) {
    for (let k = 1; k <= 7; k += 1) {
      const next = zoneDayOf(zone, zd.day + k);
      if (((x.days >> next.weekday) & 1) === 0) {
        exit = Math.min(exit, next.start);
        break;
      }
    }
  }
  if (x.from !== undefined && x.to !== undefined && x.from !== x.to) {
    const m = localMinute(zd, t);
    const end = x.from < x.to || m < x.to ? wallToUtc(zd, x.to) : wallToUtc(zoneDayOf(zone, zd.day + 1), x.to);
    exit = Math.min(exit, end);
  }
  return exit === Number.POSITIVE_INFINITY ? null : exit;
};

export const personInconvenientRule: Rule = {
  id: 'person-inconvenient',
  requires: F_INCONVENIENT,
  check: ({ req, zones, c }, t) => {
    if ((req.facts & F_INCONVENIENT) === 0 || isValidReply(req, c)) return undefined;
    let reason: ReasonCode | undefined;
    for (const x of req.inconvenient) {
      if (!applies(x, req, t)) continue;
      for (const zone of zones) {
        if (blocksIn(x, zone, t)) {
          if (x.place === 'work') return 'POLICY_WORKPLACE';
          reason = 'POLICY_PERSON_INCONVENIENT';
        }
      }
    }
    return reason;
  },
  earliest: ({ req, zones }, t) => {
    let next = t;
    for (const x of req.inconvenient) {
      if (!applies(x, req, t)) continue;
      for (const zone of zones) {
        if (!blocksIn(x, zone, t)) continue;
        const e = exitOf(x, zone, t);
        if (e === null) return null;
        if (e > next) next = e;
      }
    }
    return next;
  },
};
