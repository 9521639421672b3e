// Store methods for inbound replies and delivery receipts (docs/inbound.md). Every
// method that changes state appends its audit event in the same transaction; callers
// run a whole reply or receipt inside `Store.transaction`, so its effect (suppression,
// confirmation, queued answer) commits with its ledger row, before the next claim.
import type { Channel, Party } from '../../core/model/decision-request.js';
import type { AccountId, ContactEventId, MessageId, PersonId, TenantId } from '../../core/model/ids.js';
import type { Locale, PersonRole } from '../../core/model/import-record.js';
import type { ReceiptStatus } from './sms-transport.js';
import type { Actor, ConfirmationState, MessageRecord, MessageState, NewMessage } from './store-records.js';

/** The newest message that left (or was leaving) for a person: who a reply answers. */
export interface OutboundTrace {
  readonly messageId: MessageId;
  readonly accountIds: readonly AccountId[];
  readonly party: Party;
  readonly purpose: string;
  /** Epoch ms of its last state change. */
  readonly at: number;
}

/** One account a person is linked to, as the inbound effects need it. */
export interface PersonLink {
  readonly accountId: AccountId;
  readonly role: PersonRole;
  readonly confirmation: ConfirmationState;
  readonly locale: Locale;
}

export interface NewInboundReply {
  readonly at: number;
  readonly channel: Channel;
  /** Absent when the number belongs to nobody the tenant knows; `phoneE164` then names it by hash. */
  readonly personId?: PersonId;
  readonly phoneE164: string;
  readonly party: Party;
  readonly accountIds: readonly AccountId[];
  readonly text: string;
  /** `delivered` for a reply; `wrong_party` when it says the number reaches someone else. */
  readonly result: 'delivered' | 'wrong_party';
  readonly providerId?: string;
  /** Set: the reply is flagged for an agent (inbound_reviews) with this reason. */
  readonly review?: string;
}

export interface KeptReceipt {
  readonly providerId: string;
  readonly status: ReceiptStatus;
  readonly errorCode?: string;
  /** Epoch ms of the final state. */
  readonly at: number;
}

export type ReceiptOutcome =
  | { readonly kind: 'applied'; readonly messageId: MessageId; readonly from: MessageState; readonly to: MessageState }
  /** A message carries the id but the receipt changes nothing (unknown status, or a final state kept). */
  | { readonly kind: 'recorded'; readonly messageId: MessageId }
  | { readonly kind: 'orphan' };

export interface InboundStore {
  /** Newest message to the person in a state past `planned` (sending, sent, delivered, failed…). */
  lastOutboundTo(tenant: TenantId, person: PersonId): Promise<OutboundTrace | undefined>;
  personLinks(tenant: TenantId, person: PersonId): Promise<readonly PersonLink[]>;
  /** Appends the reply to the contact ledger (text sealed); returns the event id. */
  appendInboundReply(tenant: TenantId, reply: NewInboundReply): Promise<ContactEventId>;
  /** Sets account_people.confirmation (+ time) for a contact link; false when nothing changed. */
  setContactConfirmation(
    tenant: TenantId,
    account: AccountId,
    person: PersonId,
    state: Extract<ConfirmationState, 'confirmed' | 'refused'>,
    at: number,
    actor: Actor,
  ): Promise<boolean>;
  /** Messages to the person with this purpose, any state (for one-per-opt-out keys). */
  countMessagesTo(tenant: TenantId, person: PersonId, purpose: string): Promise<number>;
  /**
   * Inserts one message unless its plan key exists already (ON CONFLICT DO NOTHING):
   * undefined when the key was taken, so a repeated keyword never queues twice.
   */
  queueMessageOnce(tenant: TenantId, message: NewMessage & { readonly planKey: string }, actor: Actor): Promise<MessageRecord | undefined>;
  findMessageByProviderId(tenant: TenantId, providerId: string): Promise<MessageRecord | undefined>;
  /**
   * Keeps the receipt (delivery_receipts, forever) and, when a message carries the
   * provider id, moves it to `messageStateForReceipt(status)` (unknown: state kept).
   * A receipt for an unknown provider id is kept as an orphan, never an error.
   */
  recordReceipt(tenant: TenantId, receipt: KeptReceipt, actor: Actor): Promise<ReceiptOutcome>;
  /**
   * Applies the orphan receipts kept for this provider id to the message that now
   * carries it (the dispatcher calls this right after storing an accepted id, in the
   * same transaction). Returns how many were applied.
   */
  applyPendingReceipts(tenant: TenantId, providerId: string, actor: Actor): Promise<number>;
  /** Inbound replies flagged for an agent and not yet resolved, oldest first. */
  openReviews(tenant: TenantId): Promise<readonly { readonly eventId: ContactEventId; readonly reason: string }[]>;
}
