// Store methods for payments (docs/inbound.md, "Payments"). The use case runs them in
// one Store.transaction: payment row, new balance and status, pending messages
// cancelled, audit events — all or nothing, before the dispatcher's next claim.
import type { AccountId, MessageId, TenantId } from '../../core/model/ids.js';
import type { AccountStatus } from '../../core/model/import-record.js';
import type { Actor } from './store-records.js';

export interface NewPayment {
  /** The lender's payment id: the same id twice is one payment. */
  readonly externalId: string;
  readonly accountId: AccountId;
  /** Integer minor units of `currency`, > 0. */
  readonly amountMinor: number;
  readonly currency: string;
  /** Epoch ms UTC. */
  readonly paidAt: number;
  /** "cli", "api", "import". */
  readonly source: string;
}

export interface PaymentRecord extends NewPayment {
  readonly id: string;
  readonly createdAt: number;
}

/** The account figures a payment changes, read under a row lock where the database has one. */
export interface AccountMoney {
  readonly balanceMinor: number;
  readonly overdueMinor: number;
  readonly currency: string;
  readonly status: AccountStatus;
  readonly daysPastDue: number;
}

export interface PaymentStore {
  findPaymentByExternalId(tenant: TenantId, externalId: string): Promise<PaymentRecord | undefined>;
  /** FOR UPDATE on PostgreSQL (SQLite's write transaction already serialises). */
  lockAccountMoney(tenant: TenantId, account: AccountId): Promise<AccountMoney | undefined>;
  /** Inserts the payment and its `payment.recorded` audit event. */
  insertPayment(tenant: TenantId, payment: NewPayment, actor: Actor): Promise<PaymentRecord>;
  /** Writes new figures and status; audit `account.payment_applied` (amounts, no personal data). */
  setAccountMoney(tenant: TenantId, account: AccountId, money: Omit<AccountMoney, 'currency'>, actor: Actor): Promise<void>;
  /**
   * Cancels the account's `planned` and `queued` messages (collection and location ones;
   * opt-out confirmations and replies stay). Audit `messages.cancelled`. Returns their ids.
   */
  cancelPendingMessages(tenant: TenantId, account: AccountId, reason: string, actor: Actor): Promise<readonly MessageId[]>;
}
