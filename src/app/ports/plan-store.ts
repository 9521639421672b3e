// Store methods for the planner and the decision context loader (docs/planner.md):
// set-based reads over a batch of accounts (a handful of queries per batch, never one
// per account), the planner's idempotent insert, and stored strategies. Times are epoch
// milliseconds UTC; money is integer minor units.
import type { BorrowerStatus, Channel, ContactResult, Direction, Party } from '../../core/model/decision-request.js';
import type { AccountId, PersonId, TenantId } from '../../core/model/ids.js';
import type { AccountStatus, Locale, PersonRole } from '../../core/model/import-record.js';
import type { Actor, ConfirmationState, MessageRecord, NewMessage, SuppressionReason } from './store-records.js';

/** An account as the planner and the engine need it. */
export interface PlanAccountRow {
  readonly id: AccountId;
  readonly product: string;
  readonly currency: string;
  readonly balanceMinor: number;
  readonly overdueMinor: number;
  /** YYYY-MM-DD, the lender's calendar. */
  readonly dueDate: string;
  readonly status: AccountStatus;
  readonly flags: readonly string[];
  readonly debtGroup: string | undefined;
  readonly borrowerStatus: BorrowerStatus | undefined;
  readonly ceaseReceivedAt: number | undefined;
  readonly disputedAt: number | undefined;
  readonly verificationSentAt: number | undefined;
  readonly attorneyKnownAt: number | undefined;
}

/** One account–person link with the person's number. Personal data is decrypted lazily. */
export interface PlanPersonRow {
  readonly accountId: AccountId;
  readonly personId: PersonId;
  readonly role: PersonRole;
  /** 0 = borrower, 1..5 = contacts in the order given. */
  readonly position: number;
  readonly timeZones: readonly string[];
  readonly locale: Locale;
  readonly confirmation: ConfirmationState;
  readonly confirmationAt: number | undefined;
  /** Suppressed tenant-wide (people) or for this account (link): the earlier instant. */
  readonly suppressedAt: number | undefined;
  /** The E.164 number (decrypts on each call: call once, only when needed). */
  readonly phone: () => string;
  readonly name: () => string;
}

/** One ledger row inside the look-back window (no addresses, no text). */
export interface LedgerRow {
  readonly id: string;
  readonly at: number;
  readonly channel: Channel;
  readonly direction: Direction;
  readonly personId: PersonId;
  readonly party: Party;
  readonly accountIds: readonly string[];
  readonly result: ContactResult;
  readonly purpose: string | undefined;
}

/** Ledger rows before the window, grouped: one row per distinct kind of event. */
export interface LedgerAggregate {
  readonly personId: PersonId;
  readonly accountIds: readonly string[];
  readonly channel: Channel;
  readonly direction: Direction;
  readonly party: Party;
  readonly result: ContactResult;
  readonly purpose: string | undefined;
  readonly count: number;
  readonly lastAt: number;
}

export interface SuppressionRow {
  readonly personId: PersonId;
  /** Only this account; undefined: every account of the tenant. */
  readonly accountId: AccountId | undefined;
  readonly reason: SuppressionReason;
  readonly at: number;
}

export interface PlanInsertResult {
  readonly inserted: number;
  /** Rows whose plan_key already existed (a re-run): nothing written for them. */
  readonly alreadyPlanned: number;
}

export const strategyStatuses = ['draft', 'active', 'retired'] as const;
export type StrategyStatus = (typeof strategyStatuses)[number];

export interface StoredStrategy {
  readonly strategyId: string;
  readonly version: number;
  /** The strategy as JSON (core/strategy/strategy.ts), validated before saving. */
  readonly body: unknown;
  readonly status: StrategyStatus;
  readonly createdAt: number;
}

/** Which overdue accounts to read; with both fields, an account matching either is read. */
export interface OverdueFilter {
  /** Only those due on one of these dates (the dates on which a step fires). */
  readonly dueDates?: readonly string[];
  /** Only those without an assignment recorded in this experiment that may enter its population. */
  readonly unassigned?: UnassignedFilter;
}

/**
 * Accounts not yet assigned in an experiment, narrowed by the population filter's column
 * conditions (products, balance, due date bounds for the DPD bounds; segments are not
 * narrowed), so that accounts that cannot enter today are not read for entry.
 */
export interface UnassignedFilter {
  readonly experiment: string;
  readonly products?: readonly string[];
  readonly minBalanceMinor?: number;
  readonly maxBalanceMinor?: number;
  /** Inclusive YYYY-MM-DD bounds on the due date. */
  readonly dueFrom?: string;
  readonly dueTo?: string;
}

export interface PlanStore {
  /** Accounts still being collected (status overdue), keyset paging by account id, filtered. */
  listOverdueAccounts(tenant: TenantId, page: { readonly after?: AccountId; readonly limit: number } & OverdueFilter): Promise<readonly PlanAccountRow[]>;
  countOverdueAccounts(tenant: TenantId, filter?: OverdueFilter): Promise<number>;
  getPlanAccounts(tenant: TenantId, ids: readonly AccountId[]): Promise<readonly PlanAccountRow[]>;
  /** Every link of these accounts, ordered by account then position. */
  listPlanPeople(tenant: TenantId, accounts: readonly AccountId[]): Promise<readonly PlanPersonRow[]>;
  /** Ledger rows of these people with at ≥ since, newest first. */
  listLedgerSince(tenant: TenantId, people: readonly PersonId[], since: number): Promise<readonly LedgerRow[]>;
  /** Ledger rows of these people with at < before, grouped (counts and latest instant). */
  ledgerAggregatesBefore(tenant: TenantId, people: readonly PersonId[], before: number): Promise<readonly LedgerAggregate[]>;
  /** Suppression rows naming these people's numbers (hashed in the adapter). */
  listSuppressionsFor(tenant: TenantId, people: readonly PersonId[]): Promise<readonly SuppressionRow[]>;
  /** Latest payment instant per account (accounts without payments are absent). */
  lastPayments(tenant: TenantId, accounts: readonly AccountId[]): Promise<ReadonlyMap<string, number>>;
  /** Plan keys among these already present in the outbox. */
  existingPlanKeys(tenant: TenantId, keys: readonly string[]): Promise<ReadonlySet<string>>;
  /** Every message of an account (the outbox), oldest scheduled first. */
  listAccountMessages(tenant: TenantId, account: AccountId): Promise<readonly MessageRecord[]>;
  /** Codes among these already used by the tenant's messages. */
  usedVerificationCodes(tenant: TenantId, codes: readonly string[]): Promise<ReadonlySet<string>>;
  /**
   * Inserts planner messages (each with a planKey); a planKey already present is
   * skipped (insert … on conflict do nothing) and counted as already planned. One
   * audit event per call. Run it inside `transaction` for one transaction per batch.
   */
  insertPlannedMessages(tenant: TenantId, messages: readonly NewMessage[], actor: Actor): Promise<PlanInsertResult>;
  /**
   * insertPlannedMessages in a transaction of its own, resolved once committed. The
   * adapter may run it on another connection (SQLite: on a worker thread), so the caller
   * can prepare the next batch meanwhile; it sees committed rows only, so a caller that
   * needs this batch's codes or keys awaits it first.
   */
  writePlannedMessages(tenant: TenantId, messages: readonly NewMessage[], actor: Actor): Promise<PlanInsertResult>;

  /** Saves a new version (draft or active); activating retires the previous active one. */
  saveStrategy(tenant: TenantId, strategy: { readonly strategyId: string; readonly version: number; readonly body: unknown; readonly status: StrategyStatus }, actor: Actor): Promise<'saved' | 'exists'>;
  listStrategies(tenant: TenantId): Promise<readonly StoredStrategy[]>;
  /** The tenant's active strategy (highest active version), if any. */
  getActiveStrategy(tenant: TenantId): Promise<StoredStrategy | undefined>;
}
