// The retention job's store side (docs/evidence.md, "Retention"): the tenant's setting
// and the removal of personal data older than a cutoff, counted by table.
import type { TenantId } from '../../core/model/ids.js';
import type { Actor } from './store-records.js';

/** Rows touched per table and action, e.g. { "messages.text_cleared": 12 }. No personal data. */
export type RetentionCounts = Readonly<Record<string, number>>;

export interface RetentionStore {
  getRetentionDays(tenant: TenantId): Promise<number | undefined>;
  setRetentionDays(tenant: TenantId, days: number, actor: Actor): Promise<void>;
  /**
   * What a run with `cutoff` (epoch ms UTC) removes, or removes it when `apply`; one step
   * per call (`retentionSteps`) so a caller can show progress. Writes an audit event when applied.
   */
  runRetentionStep(tenant: TenantId, step: RetentionStep, cutoff: number, apply: boolean, actor: Actor): Promise<RetentionCounts>;
}

// People first: the ledger rows their erasure pseudonymises are then deleted by `erased_rows` in the same run.
export const retentionSteps = ['message_texts', 'ledger_texts', 'complaint_details', 'inactive_people', 'erased_rows'] as const;
export type RetentionStep = (typeof retentionSteps)[number];
