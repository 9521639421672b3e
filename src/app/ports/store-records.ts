// Row types the Store port returns and accepts. Times are epoch milliseconds UTC
// (`*At`), money is integer minor units of `currency`, dates are YYYY-MM-DD. Personal
// data (names, numbers, e-mail addresses) is clear text here and encrypted in the store.
import type { AccountStatus, Locale, PersonRole } from '../../core/model/import-record.js';
import type { AccountId, ContactEventId, MessageId, PersonId, TenantId } from '../../core/model/ids.js';
import type { Channel, ContactResult, Direction, Party, PackId } from '../../core/model/decision-request.js';

/** Who caused a change: "user:<id>", "api_key:<id>", "system:import", "cli:<command>". */
export type Actor = string;

export interface NewTenant {
  readonly name: string;
  readonly pack: PackId;
  /** ISO 3166 region used to read numbers written without "+", e.g. "CN". */
  readonly defaultRegion: string;
  /** IANA zone used when a number or address gives none. */
  readonly timeZone: string;
  readonly locale: Locale;
}

export interface TenantRecord extends NewTenant {
  readonly id: TenantId;
  readonly createdAt: number;
}

export interface AccountRecord {
  readonly id: AccountId;
  readonly tenantId: TenantId;
  readonly externalId: string;
  readonly product: string;
  readonly currency: string;
  readonly principalMinor: number;
  readonly balanceMinor: number;
  readonly overdueMinor: number;
  readonly dueDate: string;
  readonly daysPastDue: number;
  readonly status: AccountStatus;
  readonly flags: readonly string[];
  readonly createdAt: number;
  readonly updatedAt: number;
}

export const confirmationStates = ['not_required', 'unconfirmed', 'confirmed', 'refused'] as const;
export type ConfirmationState = (typeof confirmationStates)[number];

/** How one account knows one person: the link carries what the lender supplied. */
export interface AccountPersonRecord {
  readonly accountId: AccountId;
  readonly personId: PersonId;
  readonly role: PersonRole;
  /** 0 = borrower, 1..5 = contacts in the order given. */
  readonly position: number;
  readonly name: string;
  readonly email?: string;
  readonly externalId?: string;
  readonly relationship?: string;
  readonly timeZones: readonly string[];
  readonly locale: Locale;
  readonly confirmation: ConfirmationState;
  readonly confirmationAt?: number;
}

/** A person is one reachable number within a tenant. */
export interface PersonRecord {
  readonly id: PersonId;
  readonly tenantId: TenantId;
  readonly phoneE164: string;
  /** Set when the number is on the tenant's suppression list: never contactable. */
  readonly suppressedAt?: number;
  readonly createdAt: number;
}

export interface ImportBatchResult {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  /** Rows whose person was stored suppressed (number on the suppression list). */
  readonly suppressed: readonly { readonly line: number; readonly role: PersonRole }[];
}

export const messageStates = [
  'planned',
  'queued',
  'sending',
  'sent',
  'delivered',
  'failed',
  'undeliverable',
  'blocked',
  'cancelled',
  'unknown',
] as const;
export type MessageState = (typeof messageStates)[number];

export interface NewMessage {
  readonly accountIds: readonly AccountId[];
  readonly personId: PersonId;
  readonly party: Party;
  readonly channel: Channel;
  readonly purpose: string;
  /** E.164 number or e-mail address. */
  readonly to: string;
  readonly body: string;
  readonly state: MessageState;
  /** The policy decision as JSON (violations included when blocked). */
  readonly decision: unknown;
  readonly scheduledAt: number;
  /** Unguessable code printed in the message, unique per tenant. */
  readonly verificationCode: string;
  /** Idempotence key of the planner: (account, step, business date). */
  readonly planKey?: string;
  readonly templateId?: string;
  /** SMS segments of the body (the renderer's count); kept for cost reports. */
  readonly segments?: number;
}

export interface MessageRecord extends Omit<NewMessage, 'personId' | 'to' | 'body' | 'planKey' | 'templateId'> {
  readonly id: MessageId;
  readonly tenantId: TenantId;
  /** Absent after the person was erased (personHash then names them). */
  readonly personId?: PersonId;
  readonly personHash?: string;
  readonly to?: string;
  readonly body?: string;
  readonly planKey?: string;
  readonly templateId?: string;
  readonly providerId?: string;
  readonly createdAt: number;
  readonly updatedAt: number;
}

export interface NewContactEvent {
  readonly at: number;
  readonly channel: Channel;
  readonly direction: Direction;
  readonly personId: PersonId;
  readonly party: Party;
  readonly accountIds: readonly AccountId[];
  readonly result: ContactResult;
  readonly to?: string;
  /** Inbound reply text, when any. */
  readonly body?: string;
  readonly purpose?: string;
  readonly actor?: string;
  readonly messageId?: MessageId;
  readonly providerId?: string;
}

export interface ContactEventRecord extends Omit<NewContactEvent, 'personId'> {
  readonly id: ContactEventId;
  readonly tenantId: TenantId;
  /** Absent after erasure; personHash (the suppression hash) replaces it. */
  readonly personId?: PersonId;
  readonly personHash?: string;
}

export const suppressionReasons = ['opt_out', 'refused', 'wrong_number', 'erased', 'complaint', 'manual'] as const;
export type SuppressionReason = (typeof suppressionReasons)[number];

export interface NewSuppression {
  readonly phoneE164: string;
  readonly reason: SuppressionReason;
  /** Only this account; absent: every account of the tenant. */
  readonly accountId?: AccountId;
}

export interface NewAuditEvent {
  readonly actor: Actor;
  readonly type: string;
  readonly subject: string;
  /** JSON; never personal data in clear. */
  readonly data: unknown;
}

export interface ErasureReport {
  readonly personId: PersonId;
  /** The salted hash that replaces the person in the ledger and sits in suppressions. */
  readonly personHash: string;
  readonly contactEventsKept: number;
  readonly messagesKept: number;
  readonly linksDeleted: number;
}
