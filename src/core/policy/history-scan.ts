// One pass over the history computing every counter the rules need at instant t.
// Events after t are ignored (they have not happened yet at t). No allocation: the
// counters live in an object reused across decisions (the core is synchronous).
import { DAY_MS, zoneDayAt, zoneDayOf } from '../schedule/zone-day.js';
import type { PolicyParams } from './policy-params.js';
import type { PreparedRequest } from './prepared-request.js';

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
  for (const e of req.history) {
    if (e.recipient && e.channel === 'call' && e.result === 'conversation' && e.at >= from && e.at <= t && e.at + 1 < end) end = e.at + 1;
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
    const zone = zones[z] as string;
    const zd = zoneDayAt(zone, t);
    if (zd.start < dayStart) dayStart = zd.start;
    const cs = zoneDayOf(zone, zd.day - (p.callWindowDays - 1)).start;
    if (cs < callStart) callStart = cs;
    if (p.conversationQuietDays > 0) {
      const qs = zoneDayOf(zone, zd.day - (p.conversationQuietDays - 1)).start;
      if (qs < convStart) convStart = qs;
    }
    const ws = zoneDayOf(zone, zd.day - 6).start;
    if (ws < weekStart) weekStart = ws;
  }
  const consents = req.consentToCall;
  consentEnds.length = 0;
  c.proposedInConsent = false;
  for (const w of consents) {
    const end = consentEnd(req, zones, w.from, w.until, t);
    consentEnds.push(end);
    if (t >= w.from && t < end) c.proposedInConsent = true;
  }
  const debts = req.debtCount;
  const accounts = req.accounts.length;
  c.callCounts.fill(0, 0, debts);
  c.thirdPartyPerAccount.fill(0, 0, accounts);
  c.conversationInQuiet = false;
  c.lastCallSameTo = Number.NEGATIVE_INFINITY;
  c.smsToday = 0;
  c.smsWeek = 0;
  c.connectedToday = 0;
  c.lastThirdPartyComm = Number.NEGATIVE_INFINITY;
  c.lastInbound = Number.NEGATIVE_INFINITY;
  c.thirdPartyRecent = 0;
  c.replyTargetFound = false;
  c.replyUsed = false;
  c.lastOptOutConfirmation = Number.NEGATIVE_INFINITY;
  const replyTo = req.replyTo;
  const history = req.history;
  for (let i = 0; i < history.length; i += 1) {
    const e = history[i]!;
    const at = e.at;
    if (at > t) continue;
    const r = e.result;
    const isCall = e.channel === 'call' || e.channel === 'voicemail';
    if (e.outbound) {
      if (isCall && e.sameTo && at > c.lastCallSameTo) c.lastCallSameTo = at;
      if (e.party === 'third_party' && e.accountMask !== 0 && r !== 'failed' && r !== 'busy' && r !== 'not_in_service') {
        for (let a = 0; a < accounts; a += 1) if ((e.accountMask & (1 << a)) !== 0) c.thirdPartyPerAccount[a]! += 1;
      }
    }
    if (!e.recipient) continue;
    if (!e.outbound) {
      if (at > c.lastInbound) c.lastInbound = at;
      if (replyTo !== undefined && e.id === replyTo && e.channel === req.channel) c.replyTargetFound = true;
      if (e.channel === 'call' && r === 'conversation' && at >= convStart && (e.discussedMask & ((1 << debts) - 1)) !== 0) c.conversationInQuiet = true;
      continue;
    }
    if (isCall) {
      if (r === 'conversation' && e.channel === 'call' && at >= convStart && e.discussedMask !== 0) c.conversationInQuiet = true;
      if (r !== 'busy' && r !== 'not_in_service' && at >= callStart && e.debtMask !== 0) {
        let excluded = false;
        for (let k = 0; k < consents.length; k += 1) {
          if (at >= consents[k]!.from && at < consentEnds[k]!) excluded = true;
        }
        if (!excluded) {
          if (debts === 1) c.callCounts[0]! += 1;
          else for (let d = 0; d < debts; d += 1) if ((e.debtMask & (1 << d)) !== 0) c.callCounts[d]! += 1;
        }
      }
      if (e.channel === 'call' && (r === 'answered' || r === 'conversation') && at >= dayStart) c.connectedToday += 1;
    } else if (e.channel === 'sms' && r !== 'failed') {
      if (at >= dayStart) c.smsToday += 1;
      if (at >= weekStart) c.smsWeek += 1;
    }
    if (e.party === 'third_party') {
      if (r !== 'unanswered' && r !== 'busy' && r !== 'not_in_service' && r !== 'failed' && r !== 'wrong_party' && at > c.lastThirdPartyComm) {
        c.lastThirdPartyComm = at;
      }
      if (r !== 'failed' && r !== 'busy' && r !== 'not_in_service' && at > t - WEEK_MS) c.thirdPartyRecent += 1;
    }
    if (e.purpose === 'reply' && replyTo !== undefined && e.replyTo === replyTo) c.replyUsed = true;
    if (e.purpose === 'opt_out_confirmation' && at > c.lastOptOutConfirmation) c.lastOptOutConfirmation = at;
  }
  return c;
};
