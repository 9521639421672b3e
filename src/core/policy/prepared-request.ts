// The prepared form of a DecisionRequest: instants are epoch milliseconds (UTC),
// facts about each history event relative to the proposed contact are precomputed
// (same person, same address, which of the contact's debts it touches as a bit mask),
// so `decide` does integer comparisons only. The planner may build it directly from
// database integers; `prepareRequest` builds it from the JSON contract.
import { type BorrowerStatus, type Channel, type ContactResult, type PackId, type Party, type Place, type Purpose, channels, parties, purposes } from '../model/decision-request.js';

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
  /** EV_* bits (event-flags.ts), derived from the fields above. */
  readonly flags: number;
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
  /** contactKind(channel, party, purpose): selects the rules that can apply. */
  readonly kind: number;
  readonly to: string;
  readonly personId: string;
  readonly party: Party;
  readonly purpose: Purpose;
  readonly replyTo: string | undefined;
  readonly content: string | undefined;
  /** Content facts computed once (content-checks.ts); false when there is no content. */
  readonly contentDisclosesDebt: boolean;
  readonly contentHasOptOut: boolean;
  readonly place: Place | undefined;
  /** Number of distinct debts the contact is about (bits of debtMask). */
  readonly debtCount: number;
  /** The contact's accounts, in contact.accountIds order (bits of accountMask). */
  readonly accounts: readonly PreparedAccount[];
  /** accounts.length, kept on the request so the hot path does not touch the array. */
  readonly accountCount: number;
  /** Aggregates over `accounts` (Infinity = none), so state rules read one object. */
  readonly ceaseAt: number;
  readonly attorneyAt: number;
  readonly anyDispute: boolean;
  /** The person's zones; [] = unknown (the pack's fallback applies). */
  readonly timeZones: readonly string[];
  readonly confirmed: boolean | undefined;
  readonly refusedAt: number | undefined;
  readonly inconvenient: readonly PreparedInconvenient[];
  readonly optOuts: readonly { readonly channel: Channel; readonly to: string | undefined; readonly at: number }[];
  readonly consentToCall: readonly { readonly from: number; readonly until: number }[];
  readonly wrongNumbers: readonly { readonly to: string; readonly learnedAt: number }[];
  /** Sorted newest first (ties keep their input order). */
  readonly history: readonly PreparedEvent[];
  /** "Ever" facts over the whole history (history-summary.ts). */
  readonly summary: HistorySummary;
  /**
   * The history again as one packed array of numbers, EV_STRIDE per event
   * (at, flags, debtMask, discussedMask, accountMask), built by `eventColumns`. The hot
   * scan reads only this: one contiguous block instead of one object per event.
   */
  readonly events: readonly number[];
}

/** "Ever" facts over the whole history, computed by summarizeHistory (history-summary.ts). */
export interface HistorySummary {
  /** Latest event instant (−∞ without history): the summary holds for any t ≥ it. */
  readonly latestAt: number;
  readonly lastCallSameTo: number;
  readonly lastThirdPartyComm: number;
  readonly lastInbound: number;
  readonly lastOptOutConfirmation: number;
  readonly replyTargetFound: boolean;
  readonly replyUsed: boolean;
  readonly thirdPartyPerAccount: readonly number[];
}

export const EV_STRIDE = 5;

/** Number of distinct contact kinds (channel × party × purpose). */
export const CONTACT_KINDS = channels.length * parties.length * purposes.length;

/** Index of (channel, party, purpose) in 0 … CONTACT_KINDS - 1. */
export const contactKind = (channel: Channel, party: Party, purpose: Purpose): number =>
  (channels.indexOf(channel) * parties.length + parties.indexOf(party)) * purposes.length + purposes.indexOf(purpose);

/** The inverse of contactKind. */
export const kindParts = (kind: number): { readonly channel: Channel; readonly party: Party; readonly purpose: Purpose } => ({
  channel: channels[Math.floor(kind / (parties.length * purposes.length))] as Channel,
  party: parties[Math.floor(kind / purposes.length) % parties.length] as Party,
  purpose: purposes[kind % purposes.length] as Purpose,
});

/** Packs prepared events into the columns the history scan reads. */
export const eventColumns = (history: readonly PreparedEvent[]): number[] => {
  // Filled with doubles from the start: one PACKED_DOUBLE_ELEMENTS backing store.
  const out: number[] = new Array<number>(history.length * EV_STRIDE).fill(0.5);
  let i = 0;
  for (const e of history) {
    out[i] = e.at;
    out[i + 1] = e.flags;
    out[i + 2] = e.debtMask;
    out[i + 3] = e.discussedMask;
    out[i + 4] = e.accountMask;
    i += EV_STRIDE;
  }
  return out;
};
