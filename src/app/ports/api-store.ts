// Store methods the REST API needs beyond the other ports (docs/server.md, "REST API"):
// account edits and closing, filtered lists (messages, payments, suppressions) and the
// reads behind an account's timeline. Every write appends its audit event in the same
// transaction. Suppressions are listed by hash only; a number never leaves in clear.
import type { AccountId, MessageId, TenantId } from '../../core/model/ids.js';
import type { AccountStatus } from '../../core/model/import-record.js';
import type { PaymentRecord } from './payment-store.js';
import type { AccountRecord, Actor, ContactEventRecord, MessageRecord, MessageState, SuppressionReason } from './store-records.js';

/** Fields an operator may change by hand; money changes come from payments and imports. */
export interface AccountPatch {
  readonly status?: AccountStatus;
  readonly flags?: readonly string[];
  readonly product?: string;
}

export interface MessageFilter {
  readonly state?: MessageState;
  readonly accountId?: AccountId;
  /** Scheduled at or after (epoch ms UTC). */
  readonly from?: number;
  /** Scheduled before (epoch ms UTC). */
  readonly to?: number;
  /** Exclusive lower bound on the message id (keyset paging). */
  readonly after?: MessageId;
  /** 1..500. */
  readonly limit: number;
}

export interface SuppressionEntry {
  /** The salted hash of the number (the list holds nothing else about it). */
  readonly hash: string;
  /** An account id, or undefined for every account of the tenant. */
  readonly accountId?: AccountId;
  readonly reason: SuppressionReason;
  readonly createdAt: number;
}

export interface ReceiptEntry {
  readonly messageId: MessageId;
  readonly status: string;
  readonly errorCode?: string;
  /** Epoch ms of the final state as the receipt says. */
  readonly at: number;
}

/** Reasons an operator may lift through the API: only their own manual entries. */
export const liftableSuppressionReasons: readonly SuppressionReason[] = ['manual'];

export type LiftOutcome = 'lifted' | 'not_found' | 'protected';

export interface ApiStore {
  /** Applies the patch; audit `account.updated` with the changed fields. Undefined: no such account. */
  updateAccount(tenant: TenantId, account: AccountId, patch: AccountPatch, actor: Actor): Promise<AccountRecord | undefined>;
  listMessages(tenant: TenantId, filter: MessageFilter): Promise<readonly MessageRecord[]>;
  /** Payments of one account, oldest first. */
  listPayments(tenant: TenantId, account: AccountId): Promise<readonly PaymentRecord[]>;
  /** Ledger rows naming the account (any person, erased ones included), oldest first. */
  listAccountContactEvents(tenant: TenantId, account: AccountId): Promise<readonly ContactEventRecord[]>;
  /** Delivery receipts applied to these messages, oldest first. */
  listReceipts(tenant: TenantId, messages: readonly MessageId[]): Promise<readonly ReceiptEntry[]>;
  /** Keyset paging by (hash, scope); `after` is the last entry's `hash:scope`. */
  listSuppressions(tenant: TenantId, page: { readonly after?: string; readonly limit: number }): Promise<readonly SuppressionEntry[]>;
  /**
   * Lifts one suppression of this number (tenant-wide, or for `account`) when its reason
   * is liftable (`liftableSuppressionReasons`); a refusal, opt-out, erasure, wrong
   * number or complaint is `protected`. Audit `suppression.lifted`.
   */
  liftSuppression(tenant: TenantId, e164: string, account: AccountId | undefined, actor: Actor): Promise<LiftOutcome>;
}
