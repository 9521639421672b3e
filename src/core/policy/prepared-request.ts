// The prepared form of a DecisionRequest: instants are epoch milliseconds (UTC),
// facts about each history event relative to the proposed contact are precomputed
// (same person, same address, which of the contact's debts it touches as a bit mask),
// so `decide` does integer comparisons only. The planner may build it directly from
// database integers; `prepareRequest` builds it from the JSON contract.
// Every number the hot path reads (the instant, state instants, the history summary,
// the events) lives in one block of doubles, `buf[off …]` (pack-request.ts): a cold
// request costs its object and one contiguous block, not one object per number.
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
  /**
   * The block of numbers: buf[off + P_*] (header below: at, state instants, the
   * history summary), then thirdPartyPerAccount (accountCount doubles), then the
   * events from `ev` to `evEnd`, EV_STRIDE doubles each, newest first: the instant
   * as a double, then four 32-bit integers read through `bits` (EV_FLAGS …
   * EV_ACCOUNT_MASK). Written once when prepared.
   */
  readonly buf: Float64Array;
  /**
   * The same memory as `buf`, as 32-bit integers: the event at buf[i] has its flags at
   * bits[2 * i + EV_FLAGS], its masks at bits[2 * i + EV_DEBT_MASK] and so on.
   */
  readonly bits: Int32Array;
  readonly off: number;
  readonly ev: number;
  readonly evEnd: number;
  /** The proposed instant (buf[off + P_AT]) as an ISO instant (UTC), formatted once for the decision. */
  readonly atIso: string;
  readonly channel: Channel;
  /** contactKind(channel, party, purpose): selects the rules that can apply. */
  readonly kind: number;
  /**
   * F_* bits (requestFacts): which of the person's lists are not empty; a dispute; content,
   * content without an opt-out instruction, content disclosing a debt; a cease, an
   * attorney, a refusal. decide skips a rule whose `requires` bits are missing (rule.ts),
   * and the hot path reads a list only when its bit is set.
   */
  readonly facts: number;
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
  /** Aggregates over `accounts` (the instants ceaseAt and attorneyAt are in the block). */
  readonly anyDispute: boolean;
  /** There are accounts and the borrower of each is unreachable, deceased or incapacitated (borrowerUnreachable). */
  readonly borrowersUnreachable: boolean;
  /** The person's zones; [] = unknown (the pack's fallback applies). */
  readonly timeZones: readonly string[];
  readonly confirmed: boolean | undefined;
  readonly inconvenient: readonly PreparedInconvenient[];
  readonly optOuts: readonly { readonly channel: Channel; readonly to: string | undefined; readonly at: number }[];
  readonly consentToCall: readonly { readonly from: number; readonly until: number }[];
  readonly wrongNumbers: readonly { readonly to: string; readonly learnedAt: number }[];
  /**
   * The event objects, sorted newest first like `events` (ties keep their input order).
   * Only the reply rules read them (ids), so they are kept only when `replyTo` is set
   * and [] otherwise: a prepared request stays small (cold requests cost cache lines).
   */
  readonly history: readonly PreparedEvent[];
}

/** "Ever" facts over the whole history, computed by summarizeHistory (history-summary.ts). */
export interface HistorySummary {
  /** Latest event instant: the summary holds for any t ≥ it. -Infinity: no such event. */
  readonly latestAt: number;
  readonly lastCallSameTo: number;
  readonly lastThirdPartyComm: number;
  readonly lastInbound: number;
  readonly lastOptOutConfirmation: number;
  readonly replyTargetFound: boolean;
  readonly replyUsed: boolean;
  readonly thirdPartyPerAccount: readonly number[];
}

/** State instants of the contact's accounts and person (undefined = none). */
export interface PreparedState {
  /** Earliest cease received over the contact's accounts. */
  readonly ceaseAt: number | undefined;
  /** Earliest attorney known over the contact's accounts. */
  readonly attorneyAt: number | undefined;
  /** The contact refused to be a contact. */
  readonly refusedAt: number | undefined;
}

// The block's header: buf[off + P_*]. Summary instants are -Infinity when none, state
// instants +Infinity when none, so every test is one comparison.
export const P_AT = 0;
export const P_LATEST = 1;
export const P_LAST_CALL_SAME_TO = 2;
export const P_LAST_THIRD_PARTY_COMM = 3;
export const P_LAST_INBOUND = 4;
export const P_LAST_OPT_OUT_CONFIRMATION = 5;
export const P_CEASE = 6;
export const P_ATTORNEY = 7;
export const P_REFUSED = 8;
/** Bit 1: replyTargetFound; bit 2: replyUsed. */
export const P_REPLY_BITS = 9;
/** thirdPartyPerAccount[a] is buf[off + P_PER_ACCOUNT + a]. */
export const P_PER_ACCOUNT = 10;

/**
 * Doubles per event: 24 bytes (the instant, then flags, debtMask, discussedMask and
 * accountMask as 32-bit integers), not 40 as five doubles: a cold request's scan reads
 * fewer cache lines. Masks have MAX_CONTACT_ACCOUNTS = 32 bits; bit 31 reads back
 * negative, which every test (`!== 0`, `& (1 << d)`) treats the same.
 */
export const EV_STRIDE = 3;
/** Offsets in `bits` from 2 × an event's double index. */
export const EV_FLAGS = 2;
export const EV_DEBT_MASK = 3;
export const EV_DISCUSSED_MASK = 4;
export const EV_ACCOUNT_MASK = 5;

/** A borrower status under which a contact (third party) may be reached (cn). */
export const borrowerUnreachable = (s: BorrowerStatus | undefined): boolean => s === 'unreachable' || s === 'deceased' || s === 'incapacitated';

/** The proposed instant of a prepared request (epoch ms). */
export const preparedAt = (req: PreparedRequest): number => req.buf[req.off + P_AT]!;

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

// The contact's channel, party and purpose as its kind encodes them. The hot path reads
// these through `kind` (on the request's first cache line) and three shared tables, not
// three more fields of a cold request.
const kindChannel: readonly Channel[] = Array.from({ length: CONTACT_KINDS }, (_, k) => kindParts(k).channel);
const kindParty: readonly Party[] = Array.from({ length: CONTACT_KINDS }, (_, k) => kindParts(k).party);
const kindPurpose: readonly Purpose[] = Array.from({ length: CONTACT_KINDS }, (_, k) => kindParts(k).purpose);
export const channelOf = (req: Pick<PreparedRequest, 'kind'>): Channel => kindChannel[req.kind]!;
export const partyOf = (req: Pick<PreparedRequest, 'kind'>): Party => kindParty[req.kind]!;
export const purposeOf = (req: Pick<PreparedRequest, 'kind'>): Purpose => kindPurpose[req.kind]!;

// Bits of PreparedRequest.facts.
export const F_CONSENT = 1;
export const F_OPT_OUTS = 2;
export const F_WRONG_NUMBERS = 4;
export const F_INCONVENIENT = 8;
/** anyDispute. */
export const F_DISPUTE = 16;
/** Content is given and has no opt-out instruction. */
export const F_CONTENT_NO_OPT_OUT = 32;
/** Content is given. */
export const F_CONTENT = 64;
export const F_DISCLOSES_DEBT = 128;
/** A cease was received (at some instant: P_CEASE is finite). */
export const F_CEASE = 256;
/** An attorney is known (P_ATTORNEY is finite). */
export const F_ATTORNEY = 512;
/** The contact refused (P_REFUSED is finite). */
export const F_REFUSED = 1024;
/** One more than the largest `facts` value. */
export const FACTS_LIMIT = 2048;

/** The `facts` of a request from the fields they summarise. */
export const requestFacts = (
  r: Pick<PreparedRequest, 'consentToCall' | 'optOuts' | 'wrongNumbers' | 'inconvenient' | 'anyDispute' | 'content' | 'contentHasOptOut' | 'contentDisclosesDebt'>,
  state: PreparedState,
): number =>
  (r.consentToCall.length > 0 ? F_CONSENT : 0) |
  (r.optOuts.length > 0 ? F_OPT_OUTS : 0) |
  (r.wrongNumbers.length > 0 ? F_WRONG_NUMBERS : 0) |
  (r.inconvenient.length > 0 ? F_INCONVENIENT : 0) |
  (r.anyDispute ? F_DISPUTE : 0) |
  (r.content !== undefined && !r.contentHasOptOut ? F_CONTENT_NO_OPT_OUT : 0) |
  (r.content !== undefined ? F_CONTENT : 0) |
  (r.contentDisclosesDebt ? F_DISCLOSES_DEBT : 0) |
  (state.ceaseAt !== undefined ? F_CEASE : 0) |
  (state.attorneyAt !== undefined ? F_ATTORNEY : 0) |
  (state.refusedAt !== undefined ? F_REFUSED : 0);
