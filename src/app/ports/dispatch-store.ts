// Store methods of the dispatcher (docs/dispatcher.md). A claim runs inside ONE
// `Store.transaction`: claimDue → (re-decide on the same transaction) → startSending +
// settleClaims, so the attempt's ledger row commits with the move to `sending` and a
// second worker's re-decision sees it. Times are epoch ms UTC.
import type { AccountId, MessageId, TenantId } from '../../core/model/ids.js';
import type { PlanAccountRow, PlanPersonRow } from './plan-store.js';
import type { MessageRecord, MessageState } from './store-records.js';

export interface ClaimOptions {
  readonly now: number;
  /** Most messages per claim (1..1000). */
  readonly limit: number;
}

/**
 * What the dispatcher reads of a due message: what the re-decision, the ledger row and
 * the send need (a MessageRecord has all of it). `to` and `body` are decrypted.
 */
export type DueMessage = Pick<MessageRecord, 'id' | 'accountIds' | 'personId' | 'personHash' | 'party' | 'channel' | 'purpose' | 'to' | 'body' | 'decision'>;

/** A claimed message with its attempts so far (0 before the first send). */
export interface ClaimedMessage extends DueMessage {
  readonly attempts: number;
}

/** A claimed message moving to `sending`: attempt = previous attempts + 1. */
export interface StartSending {
  readonly message: DueMessage;
  readonly attempt: number;
}

/** The accounts of a claim and every person linked to them, read in one statement. */
export interface DispatchAccounts {
  readonly accounts: readonly PlanAccountRow[];
  /** Per account in position order (borrower first); as PlanStore.listPlanPeople. */
  readonly people: readonly PlanPersonRow[];
}

/** A claimed message that may not be sent now. */
export interface ClaimSettlement {
  readonly messageId: MessageId;
  /** blocked (violations), cancelled (account settled), planned (rescheduled). */
  readonly state: Extract<MessageState, 'blocked' | 'cancelled' | 'planned'>;
  readonly decision: unknown;
  /** The new scheduled_at when `planned`. */
  readonly scheduledAt?: number;
}

/** What the transport said, as the journal keeps it (see docs/dispatcher.md, "proof"). */
export type AttemptOutcome = 'accepted' | 'not_accepted' | 'maybe_accepted';

export interface SendResult {
  readonly messageId: MessageId;
  readonly attempt: number;
  readonly outcome: AttemptOutcome;
  readonly reason?: string;
  readonly providerId?: string;
  /** Message state to record: sent | failed | unknown | planned (retry). */
  readonly state: Extract<MessageState, 'sent' | 'failed' | 'unknown' | 'planned'>;
  /** Retry time when `planned`. */
  readonly retryAt?: number;
}

export interface ReconcileReport {
  /** Found in `sending` past the lease with an accepted id recorded: now `sent`. */
  readonly sent: number;
  /** Past the lease with no evidence either way: now `unknown`, never re-sent. */
  readonly unknown: number;
}

export interface DispatchStatus {
  readonly byState: Readonly<Record<string, number>>;
  /** planned with scheduled_at <= now. */
  readonly queueDepth: number;
  /** Blocked messages by violated rule id. */
  readonly blockedByRule: Readonly<Record<string, number>>;
  /** From message creation (plan) to the accepted send, ms, over sent/delivered messages. */
  readonly planToSendMs: { readonly count: number; readonly p50: number; readonly p95: number; readonly max: number };
}

export interface DispatchStore {
  /**
   * Locks up to `limit` due `planned` messages (scheduled_at <= now), oldest first —
   * FOR UPDATE SKIP LOCKED where supported — then locks the rows of their people and
   * accounts (sorted, so workers never deadlock) so that history read afterwards in
   * the same transaction includes every other worker's committed attempt.
   */
  claimDue(tenant: TenantId, options: ClaimOptions): Promise<readonly ClaimedMessage[]>;
  /**
   * The claimed messages' accounts and their people (PlanStore.getPlanAccounts and
   * listPlanPeople in one read), on the caller's transaction: the re-decision's context.
   */
  dispatchAccounts(tenant: TenantId, accounts: readonly AccountId[]): Promise<DispatchAccounts>;
  /** → `sending`, attempts+1, journal row (worker, claimed_at), one outbound ledger row each. */
  startSending(tenant: TenantId, items: readonly StartSending[], worker: string, now: number): Promise<void>;
  settleClaims(tenant: TenantId, items: readonly ClaimSettlement[], now: number): Promise<void>;
  /**
   * Records transport answers. A row is only changed while it is `sending` or `unknown`
   * for that attempt (a late answer after reconciliation still records an accept).
   */
  recordSendResults(tenant: TenantId, results: readonly SendResult[], now: number): Promise<void>;
  /** Resolves messages in `sending` claimed before `claimedBefore` (dead workers). */
  reconcileExpired(tenant: TenantId, claimedBefore: number, now: number): Promise<ReconcileReport>;
  dispatchStatus(tenant: TenantId, now: number): Promise<DispatchStatus>;
  /**
   * Runs fn while holding the planner lock of (tenant, businessDate): a PostgreSQL
   * session advisory lock, tried without waiting; undefined when another planner holds
   * it. Without advisory locks (SQLite, one process) fn simply runs.
   */
  withPlannerLock<T>(tenant: TenantId, businessDate: string, fn: () => Promise<T>): Promise<T | undefined>;
  /** `planned` messages due at `now`, locked by another worker or not. */
  countDue(tenant: TenantId, now: number): Promise<number>;
}
