// The history counters the rules read at an instant t. One object is reused across
// decisions (the core is synchronous), so a decision allocates none.

import { MAX_CONTACT_ACCOUNTS } from '../model/decision-request.js';
import type { ZoneTable } from '../schedule/zone-day.js';

export interface Counters {
  /** Call attempts about the contact's debt i in the call window (consent calls excluded). */
  readonly callCounts: Int32Array;
  /** A telephone conversation about one of the contact's debts in the quiet period. */
  conversationInQuiet: boolean;
  /** The proposed instant lies in a consent-to-call window. */
  proposedInConsent: boolean;
  smsToday: number;
  smsWeek: number;
  connectedToday: number;
  /** Outbound attempts to this third party in the rolling 7 × 24 h before t. */
  thirdPartyRecent: number;
  // "Ever" facts (every event up to t):
  lastCallSameTo: number;
  /** Last outbound communication that reached this person as a third party. */
  lastThirdPartyComm: number;
  /** Last inbound contact from this person (any channel). */
  lastInbound: number;
  /** Outbound third-party contacts (anyone) about the contact's account i, ever. */
  readonly thirdPartyPerAccount: Int32Array;
  replyTargetFound: boolean;
  replyUsed: boolean;
  lastOptOutConfirmation: number;
  /**
   * The instant the counters were computed for, and for each of the zones scanned its
   * table and the local day containing that instant: the time-of-day rules read them
   * instead of looking the day up again (only when checking at that same instant).
   */
  at: number;
  readonly zoneTables: ZoneTable[];
  readonly zoneDays: number[];
}

// Which windowed counters a scan computes (a rule's `needs`, a policy's `needsByKind`).
// A counter not asked for is left at zero/false and its window costs nothing: an e-mail
// needs none, a us-regf text only today's texts. The "ever" facts and each zone's local
// day at t are always computed.
/** callCounts (call window; consent windows excluded). */
export const NEED_CALLS = 1;
export const NEED_CONVERSATION = 2;
export const NEED_SMS_DAY = 4;
export const NEED_SMS_WEEK = 8;
export const NEED_CONNECTED = 16;
export const NEED_THIRD_PARTY_RECENT = 32;
/** proposedInConsent. */
export const NEED_CONSENT = 64;
export const NEED_ALL = 127;

export const newCounters = (): Counters => ({
  callCounts: new Int32Array(MAX_CONTACT_ACCOUNTS),
  conversationInQuiet: false,
  proposedInConsent: false,
  smsToday: 0,
  smsWeek: 0,
  connectedToday: 0,
  thirdPartyRecent: 0,
  lastCallSameTo: Number.NEGATIVE_INFINITY,
  lastThirdPartyComm: Number.NEGATIVE_INFINITY,
  lastInbound: Number.NEGATIVE_INFINITY,
  thirdPartyPerAccount: new Int32Array(MAX_CONTACT_ACCOUNTS),
  replyTargetFound: false,
  replyUsed: false,
  lastOptOutConfirmation: Number.NEGATIVE_INFINITY,
  at: Number.NaN,
  zoneTables: [],
  zoneDays: [],
});
