// One pass over the history computing every counter the rules need at instant t.
// Events after t are ignored (they have not happened yet at t). No allocation: the
// counters live in an object reused across decisions (the core is synchronous).
import { DAY_MS, startDaysBefore, zoneDayAt, zoneDayOf } from '../schedule/zone-day.js';
import {
  EV_ATTEMPT,
  EV_CALL_CHANNEL,
  EV_CALL_COUNTS,
  EV_COMMUNICATION,
  EV_CONNECTED,
  EV_CONVERSATION,
  EV_OUTBOUND,
  EV_PURPOSE_OPT_OUT_CONFIRMATION,
  EV_PURPOSE_REPLY,
  EV_RECIPIENT,
  EV_SAME_TO,
  EV_SMS_COUNTS,
  EV_THIRD_PARTY,
} from './event-flags.js';
import type { PolicyParams } from './policy-params.js';
import { EV_STRIDE, type PreparedRequest } from './prepared-request.js';

export interface Counters {
  /** Call attempts about the contact's debt i in the call window (consent calls excluded). */
  readonly callCounts: Int32Array;
  /** A telephone conversation about one of the contact's debts in the quiet period. */
  conversationInQuiet: boolean;
  /** The proposed instant lies in a consent-to-call window. */
  proposedInConsent: boolean;
  lastCallSameTo: number;
  smsToday: number;
  smsWeek: number;
  connectedToday: number;
  /** Last outbound communication that reached this person as a third party. */
  lastThirdPartyComm: number;
  /** Last inbound contact from this person (any channel). */
  lastInbound: number;
  /** Outbound attempts to this third party in the rolling 7 × 24 h before t. */
  thirdPartyRecent: number;
  /** Outbound third-party contacts (anyone) about the contact's account i, ever. */
  readonly thirdPartyPerAccount: Int32Array;
  replyTargetFound: boolean;
  replyUsed: boolean;
  lastOptOutConfirmation: number;
}

export const newCounters = (): Counters => ({
  callCounts: new Int32Array(32),
  conversationInQuiet: false,
  proposedInConsent: false,
  lastCallSameTo: Number.NEGATIVE_INFINITY,
  smsToday: 0,
  smsWeek: 0,
  connectedToday: 0,
  lastThirdPartyComm: Number.NEGATIVE_INFINITY,
  lastInbound: Number.NEGATIVE_INFINITY,
  thirdPartyRecent: 0,
  thirdPartyPerAccount: new Int32Array(32),
  replyTargetFound: false,
  replyUsed: false,
  lastOptOutConfirmation: Number.NEGATIVE_INFINITY,
});

const WEEK_MS = 7 * DAY_MS;
const consentEnds: number[] = [];

/** Effective end (exclusive) of consent window i: ≤ 7 local days (consent day = day 1), ended by a conversation. */
const consentEnd = (req: PreparedRequest, zones: readonly string[], from: number, until: number, t: number): number => {
  let end = until;
  for (const zone of zones) {
    const s = zoneDayOf(zone, zoneDayAt(zone, from).day + 7).start;
    if (s < end) end = s;
  }
  const ev = req.events;
  for (let i = 0; i < ev.length; i += EV_STRIDE) {
    const at = ev[i]!;
    if ((ev[i + 1]! & (EV_RECIPIENT | EV_CONVERSATION)) === (EV_RECIPIENT | EV_CONVERSATION) && at >= from && at <= t && at + 1 < end) end = at + 1;
  }
  return end;
};

export const scanHistory = (c: Counters, req: PreparedRequest, p: PolicyParams, zones: readonly string[], t: number): Counters => {
  // Window starts: the earliest local midnight among the zones (day windows).
  let callStart = Number.POSITIVE_INFINITY;
  let convStart = Number.POSITIVE_INFINITY;
  let dayStart = Number.POSITIVE_INFINITY;
  let weekStart = Number.POSITIVE_INFINITY;
  for (let z = 0; z < zones.length; z += 1) {
    const zd = zoneDayAt(zones[z] as string, t);
    if (zd.start < dayStart) dayStart = zd.start;
    const cs = startDaysBefore(zd, p.callWindowDays - 1);
    if (cs < callStart) callStart = cs;
    if (p.conversationQuietDays > 0) {
      const qs = startDaysBefore(zd, p.conversationQuietDays - 1);
      if (qs < convStart) convStart = qs;
    }
    const ws = startDaysBefore(zd, 6);
    if (ws < weekStart) weekStart = ws;
  }
  const consents = req.consentToCall;
  c.proposedInConsent = false;
  if (consents.length > 0) {
    consentEnds.length = 0;
    for (const w of consents) {
      const end = consentEnd(req, zones, w.from, w.until, t);
      consentEnds.push(end);
      if (t >= w.from && t < end) c.proposedInConsent = true;
    }
  }
  const debts = req.debtCount;
  const accounts = req.accountCount;
  const callCounts = c.callCounts;
  const perAccount = c.thirdPartyPerAccount;
  callCounts.fill(0, 0, debts);
  perAccount.fill(0, 0, accounts);
  let conversationInQuiet = false;
  let lastCallSameTo = Number.NEGATIVE_INFINITY;
  let smsToday = 0;
  let smsWeek = 0;
  let connectedToday = 0;
  let lastThirdPartyComm = Number.NEGATIVE_INFINITY;
  let lastInbound = Number.NEGATIVE_INFINITY;
  let thirdPartyRecent = 0;
  let replyTargetFound = false;
  let replyUsed = false;
  let lastOptOutConfirmation = Number.NEGATIVE_INFINITY;
  const replyTo = req.replyTo;
  const weekAgo = t - WEEK_MS;
  const ev = req.events;
  for (let i = 0; i < ev.length; i += EV_STRIDE) {
    const at = ev[i]!;
    if (at > t) continue;
    const f = ev[i + 1]!;
    if ((f & EV_OUTBOUND) !== 0) {
      if ((f & (EV_CALL_CHANNEL | EV_SAME_TO)) === (EV_CALL_CHANNEL | EV_SAME_TO) && at > lastCallSameTo) lastCallSameTo = at;
      const accountMask = ev[i + 4]!;
      if ((f & (EV_THIRD_PARTY | EV_ATTEMPT)) === (EV_THIRD_PARTY | EV_ATTEMPT) && accountMask !== 0) {
        for (let a = 0; a < accounts; a += 1) if ((accountMask & (1 << a)) !== 0) perAccount[a]! += 1;
      }
    }
    if ((f & EV_RECIPIENT) === 0) continue;
    if ((f & EV_CONVERSATION) !== 0 && at >= convStart && ev[i + 3]! !== 0) conversationInQuiet = true;
    if ((f & EV_OUTBOUND) === 0) {
      if (at > lastInbound) lastInbound = at;
      if (replyTo !== undefined) {
        const e = req.history[i / EV_STRIDE]!;
        if (e.id === replyTo && e.channel === req.channel) replyTargetFound = true;
      }
      continue;
    }
    const debtMask = ev[i + 2]!;
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
    if ((f & EV_THIRD_PARTY) !== 0) {
      if ((f & EV_COMMUNICATION) !== 0 && at > lastThirdPartyComm) lastThirdPartyComm = at;
      if ((f & EV_ATTEMPT) !== 0 && at > weekAgo) thirdPartyRecent += 1;
    }
    if ((f & EV_PURPOSE_REPLY) !== 0 && replyTo !== undefined && req.history[i / EV_STRIDE]!.replyTo === replyTo) replyUsed = true;
    if ((f & EV_PURPOSE_OPT_OUT_CONFIRMATION) !== 0 && at > lastOptOutConfirmation) lastOptOutConfirmation = at;
  }
  c.conversationInQuiet = conversationInQuiet;
  c.lastCallSameTo = lastCallSameTo;
  c.smsToday = smsToday;
  c.smsWeek = smsWeek;
  c.connectedToday = connectedToday;
  c.lastThirdPartyComm = lastThirdPartyComm;
  c.lastInbound = lastInbound;
  c.thirdPartyRecent = thirdPartyRecent;
  c.replyTargetFound = replyTargetFound;
  c.replyUsed = replyUsed;
  c.lastOptOutConfirmation = lastOptOutConfirmation;
  return c;
};
