// The prepared form of a DecisionRequest: instants are epoch milliseconds (UTC),
// facts about each history event relative to the proposed contact are precomputed
// (same person, same address, which of the contact's debts it touches as a bit mask),
// so `decide` does integer comparisons only. The planner may build it directly from
// database integers; `prepareRequest` builds it from the JSON contract.
import type { BorrowerStatus, Channel, ContactResult, PackId, Party, Place, Purpose } from '../model/decision-request.js';

export interface PreparedEvent {
  readonly id: string | undefined;
  readonly at: number;
  readonly channel: Channel;
  readonly outbound: boolean;
  /** The event's person is the proposed contact's person. */
  readonly recipient: boolean;
  /** The event's address equals the proposed contact's address. */
  readonly sameTo: boolean;
  readonly party: Party;
  readonly result: ContactResult;
  readonly purpose: string | undefined;
  /** For outbound replies: the inbound event answered. */
  readonly replyTo: string | undefined;
  /** Bit i set: the event was about the contact's debt i (debt groups merged). */
  readonly debtMask: number;
  /** Bit i set: a conversation covered the contact's debt i. */
  readonly discussedMask: number;
  /** Bit i set: the event was about the contact's account i. */
  readonly accountMask: number;
}

export interface PreparedInconvenient {
  /** Bit (1 << weekday), Monday = bit 0; 0 = every day. */
  readonly days: number;
  /** Local minutes; undefined when the entry has no hours. */
  readonly from: number | undefined;
  readonly to: number | undefined;
  /** Instant the designation lapses (Infinity = never). */
  readonly until: number;
  readonly place: Place | undefined;
  readonly channel: Channel | undefined;
}

export interface PreparedAccount {
  readonly id: string;
  readonly ceaseReceivedAt: number | undefined;
  readonly disputedAt: number | undefined;
  readonly verificationSentAt: number | undefined;
  readonly attorneyKnownAt: number | undefined;
  readonly borrowerStatus: BorrowerStatus | undefined;
}

export interface PreparedRequest {
  readonly pack: PackId;
  readonly at: number;
  /** `at` as an ISO instant (UTC), formatted once for the decision. */
  readonly atIso: string;
  readonly channel: Channel;
  readonly to: string;
  readonly personId: string;
  readonly party: Party;
  readonly purpose: Purpose;
  readonly replyTo: string | undefined;
  readonly content: string | undefined;
  readonly place: Place | undefined;
  /** Number of distinct debts the contact is about (bits of debtMask). */
  readonly debtCount: number;
  /** The contact's accounts, in contact.accountIds order (bits of accountMask). */
  readonly accounts: readonly PreparedAccount[];
  /** The person's zones; [] = unknown (the pack's fallback applies). */
  readonly timeZones: readonly string[];
  readonly confirmed: boolean | undefined;
  readonly refusedAt: number | undefined;
  readonly inconvenient: readonly PreparedInconvenient[];
  readonly optOuts: readonly { readonly channel: Channel; readonly to: string | undefined; readonly at: number }[];
  readonly consentToCall: readonly { readonly from: number; readonly until: number }[];
  readonly wrongNumbers: readonly { readonly to: string; readonly learnedAt: number }[];
  readonly history: readonly PreparedEvent[];
}
