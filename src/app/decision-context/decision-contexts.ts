// What the loader returns for one batch of accounts: everything `decide` needs, held in
// maps, and `prepare(candidate)` which builds the PreparedRequest for one proposed
// contact directly from database integers (no ISO round trip). Same code serves the
// planner and the dispatcher.
import type { PlanAccountRow, PlanPersonRow, SuppressionRow } from '../ports/plan-store.js';
import type { SuppressionReason } from '../ports/store-records.js';
import type { BorrowerStatus, Channel, PackId, Purpose } from '../../core/model/decision-request.js';
import type { AccountId, PersonId } from '../../core/model/ids.js';
import type { PreparedRequest } from '../../core/policy/prepared-request.js';

/** One proposed contact: a person of an account, on a channel, for a purpose, at an instant. */
export interface ContactCandidate {
  readonly accountId: AccountId;
  readonly personId: PersonId;
  readonly channel: Channel;
  readonly purpose: Purpose;
  /** Proposed instant, epoch ms UTC. */
  readonly at: number;
  /** The rendered text, so the content rules apply. */
  readonly content?: string;
  readonly replyTo?: string;
}

export interface AccountContext {
  readonly account: PlanAccountRow;
  /** Borrower first, then contacts in the order given. */
  readonly people: readonly PlanPersonRow[];
  /**
   * The stored status when set; else "unreachable" when the ledger shows it (Tact
   * default, docs/planner.md); else undefined, which the engine reads as reachable.
   */
  readonly borrowerStatus: BorrowerStatus | undefined;
  readonly lastPaymentAt: number | undefined;
}

/** "Ever" facts per person from the ledger (window rows and older aggregates). */
export interface PersonFacts {
  latestAt: number;
  lastInbound: number;
  lastThirdPartyComm: number;
  lastOptOutConfirmation: number;
  /** Last outbound call or voicemail to the person (a person is one number). */
  lastCall: number;
  /** Purposes of outbound contacts made to the person, ever. */
  readonly purposes: Set<string>;
}

export interface DecisionContexts {
  readonly pack: PackId;
  /** Epoch ms the batch was loaded for. */
  readonly now: number;
  readonly accounts: ReadonlyMap<string, AccountContext>;
  /** The request for one candidate; undefined when the person is not on the account. */
  prepare(candidate: ContactCandidate): PreparedRequest | undefined;
  /** Why the person's number is suppressed for the account, if it is. */
  suppression(account: AccountId, person: PersonId): SuppressionReason | undefined;
  /** True when an outbound contact with this purpose was ever made to the person. */
  everSent(person: PersonId, purpose: string): boolean;
}

/** Suppression rows that apply to (account, person): tenant-wide ones and this account's. */
export const suppressionsFor = (rows: readonly SuppressionRow[] | undefined, account: AccountId): readonly SuppressionRow[] =>
  rows === undefined ? [] : rows.filter((r) => r.accountId === undefined || r.accountId === account);
