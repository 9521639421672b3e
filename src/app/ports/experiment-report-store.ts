// Outcomes of an experiment's arms, computed set-based in the database
// (adapters/storage/sql/experiment-report-queries.ts; definitions in
// docs/experiments.md, "Metrics"). Every figure counts from the moment an account
// entered the experiment (its assignment's assigned_at) up to `asOf`; epoch ms UTC.
import type { TenantId } from '../../core/model/ids.js';
import type { Actor } from './store-records.js';

export interface ArmOutcomeCounts {
  readonly arm: string;
  /** Accounts assigned to the arm at or before asOf. */
  readonly accounts: number;
  /** Accounts cured (settled/cured status, or a plan accepted) at or before asOf. */
  readonly curedNow: number;
  /** Payments received after entry, per currency, integer minor units. */
  readonly recovered: readonly { readonly currency: string; readonly minor: number }[];
  /** Messages (every channel but calls) that left the outbox: sending, sent, delivered, failed, undeliverable. */
  readonly messages: number;
  /** SMS segments of those messages (a message without a recorded count is 1). */
  readonly smsSegments: number;
  /** Outbound calls in the contact ledger. */
  readonly calls: number;
  /** Messages and calls to third parties (contacts). */
  readonly thirdPartyContacts: number;
  /** Accounts with at least one event after entry. */
  readonly optOutAccounts: number;
  readonly complaintAccounts: number;
  readonly disputeAccounts: number;
}

/** Accounts of an arm by (day of cure since entry, whole days of exposure), both capped. */
export interface CureCell {
  readonly arm: string;
  /** 0-based day since entry of the cure; null = not cured; cap + 1 = later than the cap. */
  readonly cureDay: number | null;
  /** Whole days between entry and asOf, at most the cap. */
  readonly exposureDays: number;
  readonly accounts: number;
}

export interface ExperimentReportStore {
  experimentArmOutcomes(tenant: TenantId, experimentId: string, asOf: number): Promise<readonly ArmOutcomeCounts[]>;
  /** The joint distribution behind cure rates at N days and the cure curve (cap in days, 1..366). */
  experimentCureCells(tenant: TenantId, experimentId: string, asOf: number, capDays: number): Promise<readonly CureCell[]>;
  /** Counts the next guardrail look and returns its number (1, 2, …). */
  nextGuardrailLook(tenant: TenantId, experimentId: string): Promise<number>;
  /** Records the stop once (false when already stopped); one audit event with the reason. */
  stopExperimentArm(tenant: TenantId, experimentId: string, arm: string, reason: Readonly<Record<string, unknown>>, actor: Actor): Promise<boolean>;
}
