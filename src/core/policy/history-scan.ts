// The counters at instant t. Events after t are ignored (they have not happened yet at
// t). The history is sorted newest first, so the windowed counters (≤ 7 local days or
// 7 × 24 h) stop at the first event older than every window; the "ever" facts come
// from the request's summary when no event lies after t, else from one more pass.
import { DAY_MS, type ZoneTable, tableDayAt, tableDayStart, zoneDayAt, zoneDayOf, zoneTable } from '../schedule/zone-day.js';
import { type Counters, NEED_ALL, NEED_CALLS, NEED_CONNECTED, NEED_CONSENT, NEED_CONVERSATION, NEED_SMS_DAY, NEED_SMS_WEEK, NEED_THIRD_PARTY_RECENT } from './counters.js';
import {
  EV_ATTEMPT,
  EV_CALL_COUNTS,
  EV_CONNECTED,
  EV_CONVERSATION,
  EV_OUTBOUND,
  EV_RECIPIENT,
  EV_SMS_COUNTS,
  EV_THIRD_PARTY,
} from './event-flags.js';
import { everFacts } from './history-summary.js';
import type { PolicyParams } from './policy-params.js';
import {
  EV_DEBT_MASK,
  EV_DISCUSSED_MASK,
  EV_FLAGS,
  EV_STRIDE,
  F_CONSENT,
  P_LAST_CALL_SAME_TO,
  P_LAST_INBOUND,
  P_LAST_OPT_OUT_CONFIRMATION,
  P_LAST_THIRD_PARTY_COMM,
  P_LATEST,
  P_PER_ACCOUNT,
  P_REPLY_BITS,
  type PreparedRequest,
  partyOf,
} from './prepared-request.js';

const WEEK_MS = 7 * DAY_MS;
const consentEnds: number[] = [];
const NO_CONSENTS: PreparedRequest['consentToCall'] = Object.freeze([]);
// The tables of the zone list scanned last (one decision scans the same list several
// times; zone lists are shared arrays: prepareRequest interns them, the fallbacks are
// the policy's), so a repeated list costs one comparison, not a name lookup per zone.
let memoList: readonly string[] | undefined;
const memoTables: ZoneTable[] = [];

/** Effective end (exclusive) of a consent window: ≤ 7 local days (consent day = day 1), ended by a conversation. */
const consentEnd = (req: PreparedRequest, zones: readonly string[], from: number, until: number, t: number): number => {
  let end = until;
  for (const zone of zones) {
    const s = zoneDayOf(zone, zoneDayAt(zone, from).day + 7).start;
    if (s < end) end = s;
  }
  const ev = req.buf;
  const bits = req.bits;
  for (let i = req.ev; i < req.evEnd; i += EV_STRIDE) {
    const at = ev[i]!;
    if ((bits[2 * i + EV_FLAGS]! & (EV_RECIPIENT | EV_CONVERSATION)) === (EV_RECIPIENT | EV_CONVERSATION) && at >= from && at <= t && at + 1 < end) end = at + 1;
  }
  return end;
};

const copySummary = (c: Counters, req: PreparedRequest): void => {
  const b = req.buf;
  const off = req.off;
  c.lastCallSameTo = b[off + P_LAST_CALL_SAME_TO]!;
  c.lastThirdPartyComm = b[off + P_LAST_THIRD_PARTY_COMM]!;
  c.lastInbound = b[off + P_LAST_INBOUND]!;
  c.lastOptOutConfirmation = b[off + P_LAST_OPT_OUT_CONFIRMATION]!;
  const bits = b[off + P_REPLY_BITS]!;
  c.replyTargetFound = (bits & 1) !== 0;
  c.replyUsed = (bits & 2) !== 0;
  if (partyOf(req) === 'third_party') {
    for (let a = 0; a < req.accountCount; a += 1) c.thirdPartyPerAccount[a] = b[off + P_PER_ACCOUNT + a]!;
  }
};

export const scanHistory = (c: Counters, req: PreparedRequest, p: PolicyParams, zones: readonly string[], t: number, needs = NEED_ALL): Counters => {
  // Window starts: the earliest local midnight among the zones (day windows), each
  // looked up only when a counter asked for needs it.
  const callK = (needs & NEED_CALLS) !== 0 ? p.callWindowDays - 1 : -1;
  const convK = (needs & NEED_CONVERSATION) !== 0 ? p.conversationQuietDays - 1 : -1;
  const needDay = (needs & (NEED_SMS_DAY | NEED_CONNECTED)) !== 0;
  const needWeek = (needs & NEED_SMS_WEEK) !== 0;
  let callStart = Number.POSITIVE_INFINITY;
  let convStart = Number.POSITIVE_INFINITY;
  let dayStart = Number.POSITIVE_INFINITY;
  let weekStart = Number.POSITIVE_INFINITY;
  const tables = c.zoneTables;
  const days = c.zoneDays;
  if (zones !== memoList) {
    for (let z = 0; z < zones.length; z += 1) memoTables[z] = zoneTable(zones[z] as string);
    memoList = zones;
  }
  for (let z = 0; z < zones.length; z += 1) {
    const tb = memoTables[z]!;
    const d = tableDayAt(tb, t);
    tables[z] = tb;
    days[z] = d;
    if (needDay) {
      const ds = tableDayStart(tb, d);
      if (ds < dayStart) dayStart = ds;
    }
    // Both packs' windows are 7 days by default: one lookup serves the three.
    const ws = needWeek || callK === 6 || convK === 6 ? tableDayStart(tb, d - 6) : Number.POSITIVE_INFINITY;
    if (needWeek && ws < weekStart) weekStart = ws;
    if (callK >= 0) {
      const cs = callK === 6 ? ws : tableDayStart(tb, d - callK);
      if (cs < callStart) callStart = cs;
    }
    if (convK >= 0) {
      const qs = convK === 6 ? ws : tableDayStart(tb, d - convK);
      if (qs < convStart) convStart = qs;
    }
  }
  c.at = t;
  // Third-party attempts count after weekAgo (rolling 7 × 24 h); +Infinity: not asked for.
  const weekAgo = (needs & NEED_THIRD_PARTY_RECENT) !== 0 ? t - WEEK_MS : Number.POSITIVE_INFINITY;
  let oldest = weekAgo;
  if (callStart < oldest) oldest = callStart;
  if (convStart < oldest) oldest = convStart;
  if (weekStart < oldest) oldest = weekStart;
  if (dayStart < oldest) oldest = dayStart;

  const consents = (req.facts & F_CONSENT) === 0 ? NO_CONSENTS : req.consentToCall;
  c.proposedInConsent = false;
  if (consents.length > 0 && (needs & (NEED_CALLS | NEED_CONSENT)) !== 0) {
    consentEnds.length = 0;
    for (let k = 0; k < consents.length; k += 1) {
      const w = consents[k]!;
      const end = consentEnd(req, zones, w.from, w.until, t);
      consentEnds.push(end);
      if (t >= w.from && t < end) c.proposedInConsent = true;
    }
  }
  if (t >= req.buf[req.off + P_LATEST]!) copySummary(c, req);
  else everFacts(c, req, t);

  const debts = req.debtCount;
  const callCounts = c.callCounts;
  for (let d = 0; d < debts; d += 1) callCounts[d] = 0;
  let conversationInQuiet = false;
  let smsToday = 0;
  let smsWeek = 0;
  let connectedToday = 0;
  let thirdPartyRecent = 0;
  // With no window asked for, oldest is +Infinity and the loop ends at its first event.
  const ev = req.buf;
  const bits = req.bits;
  const evEnd = req.evEnd;
  for (let i = req.ev; i < evEnd; i += EV_STRIDE) {
    const at = ev[i]!;
    if (at > t) continue;
    if (at < oldest) break; // newest first: every later event is older still
    const w = 2 * i;
    const f = bits[w + EV_FLAGS]!;
    if ((f & EV_RECIPIENT) === 0) continue;
    if ((f & EV_CONVERSATION) !== 0 && at >= convStart && bits[w + EV_DISCUSSED_MASK]! !== 0) conversationInQuiet = true;
    if ((f & EV_OUTBOUND) === 0) continue;
    const debtMask = bits[w + EV_DEBT_MASK]!;
    if ((f & EV_CALL_COUNTS) !== 0 && at >= callStart && debtMask !== 0) {
      let excluded = false;
      for (let k = 0; k < consents.length; k += 1) {
        if (at >= consents[k]!.from && at < consentEnds[k]!) excluded = true;
      }
      if (!excluded) {
        if (debts === 1) callCounts[0]! += 1;
        else for (let d = 0; d < debts; d += 1) if ((debtMask & (1 << d)) !== 0) callCounts[d]! += 1;
      }
    }
    if ((f & EV_CONNECTED) !== 0 && at >= dayStart) connectedToday += 1;
    if ((f & EV_SMS_COUNTS) !== 0) {
      if (at >= dayStart) smsToday += 1;
      if (at >= weekStart) smsWeek += 1;
    }
    if ((f & (EV_THIRD_PARTY | EV_ATTEMPT)) === (EV_THIRD_PARTY | EV_ATTEMPT) && at > weekAgo) thirdPartyRecent += 1;
  }
  c.conversationInQuiet = conversationInQuiet;
  c.smsToday = smsToday;
  c.smsWeek = smsWeek;
  c.connectedToday = connectedToday;
  c.thirdPartyRecent = thirdPartyRecent;
  return c;
};
