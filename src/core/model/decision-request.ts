// The decision contract (DESIGN.md, "The decision contract"). A public interface:
// fields may be added, the names here never change. Times are ISO-8601 instants,
// zones IANA names. Validation of untrusted JSON into these types lives in
// parse-decision-request.ts; the core trusts these types once built.

export const channels = ['call', 'sms', 'email', 'voicemail', 'letter', 'visit', 'web'] as const;
export type Channel = (typeof channels)[number];

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];

export const packIds = ['us-regf', 'cn'] as const;
export type PackId = (typeof packIds)[number];

export const parties = ['borrower', 'third_party'] as const;
export type Party = (typeof parties)[number];

export const purposes = [
  'collection',
  'location',
  'reply',
  'opt_out_confirmation',
  'consent_request',
  'legally_required',
] as const;
export type Purpose = (typeof purposes)[number];

export const places = ['home', 'work'] as const;
export type Place = (typeof places)[number];

export const borrowerStatuses = ['reachable', 'unreachable', 'deceased', 'incapacitated'] as const;
export type BorrowerStatus = (typeof borrowerStatuses)[number];

export const directions = ['outbound', 'inbound'] as const;
export type Direction = (typeof directions)[number];

export const contactResults = [
  'unanswered',
  'voicemail',
  'busy',
  'not_in_service',
  'answered',
  'conversation',
  'sent',
  'delivered',
  'failed',
  'wrong_party',
  'session',
] as const;
export type ContactResult = (typeof contactResults)[number];

export type OverrideValue = number | string | boolean;

export interface ProposedContact {
  readonly channel: Channel;
  /** E.164 number or e-mail address. */
  readonly to: string;
  readonly personId: string;
  readonly party: Party;
  /** The debts the contact is about. */
  readonly accountIds: readonly string[];
  readonly purpose: Purpose;
  /** Id of the inbound event answered (purpose "reply"). */
  readonly replyTo?: string;
  /** The whole rendered text, when content rules apply. */
  readonly content?: string;
  /** Where this address reaches the person, when known. */
  readonly place?: Place;
  /** "lender" or "agency:<id>" making the contact. */
  readonly actor?: string;
}

export interface InconvenientTime {
  readonly days?: readonly Weekday[];
  /** "HH:MM" local. */
  readonly from?: string;
  /** "HH:MM" local. */
  readonly to?: string;
  /** ISO instant after which the designation lapses. */
  readonly until?: string;
  readonly place?: Place;
  readonly channel?: Channel;
}

export interface OptOut {
  readonly channel: Channel;
  /** No `to`: every address on that channel. */
  readonly to?: string;
  readonly at: string;
}

export interface Person {
  readonly id: string;
  /** Every zone the information points to; [] = unknown. */
  readonly timeZones: readonly string[];
  /** Third parties only. */
  readonly contactRole?: { readonly confirmed: boolean; readonly refusedAt?: string };
  readonly inconvenient?: readonly InconvenientTime[];
  readonly optOuts?: readonly OptOut[];
  /** Given directly by the person. */
  readonly consentToCall?: readonly { readonly from: string; readonly until: string }[];
  /** Addresses found to reach someone else. */
  readonly wrongNumbers?: readonly { readonly to: string; readonly learnedAt: string }[];
}

export interface AccountState {
  readonly id: string;
  /** Debts counted as one (e.g. one student-loan account). */
  readonly debtGroup?: string;
  readonly daysPastDue: number;
  readonly ceaseReceivedAt?: string;
  readonly disputedAt?: string;
  readonly verificationSentAt?: string;
  readonly attorneyKnownAt?: string;
  readonly borrowerStatus?: BorrowerStatus;
}

export interface HistoryEvent {
  readonly id?: string;
  readonly at: string;
  readonly channel: Channel;
  readonly direction: Direction;
  readonly personId: string;
  readonly party: Party;
  readonly to?: string;
  /** The debts the contact was made about. */
  readonly accountIds: readonly string[];
  /** The debts a conversation actually covered. */
  readonly discussedAccountIds?: readonly string[];
  readonly purpose?: string;
  /** For an outbound reply (purpose "reply"): the id of the inbound event it answered. */
  readonly replyTo?: string;
  readonly content?: string;
  readonly actor?: string;
  /** "session": the person used the web portal or app. */
  readonly result: ContactResult;
}

export interface DecisionRequest {
  readonly pack: PackId;
  /** Tenant settings; looser-than-law is an error. */
  readonly overrides?: Readonly<Record<string, OverrideValue>>;
  /** The instant of the proposed contact. */
  readonly at: string;
  readonly contact: ProposedContact;
  readonly person: Person;
  readonly accounts: readonly AccountState[];
  readonly history: readonly HistoryEvent[];
}
