// Use case: the retention job for one tenant. The period is the tenant's setting or the
// pack's default, never below the pack's legal minimum; every step is counted (dry run)
// or applied in its own transaction with an audit event (counts only, no personal data).
import type { TenantId } from '../../core/model/ids.js';
import { effectiveRetentionDays, retentionCutoff, retentionRules } from '../../core/retention/retention-policy.js';
import { retentionSteps, type RetentionStep } from '../ports/retention-store.js';
import type { Store } from '../ports/store.js';

export interface RetentionReport {
  readonly tenant: TenantId;
  readonly applied: boolean;
  readonly retentionDays: number;
  readonly legalMinimumDays: number;
  readonly citation: string;
  /** Epoch ms UTC: data whose last activity is older is removed. */
  readonly cutoff: number;
  readonly counts: Readonly<Record<string, number>>;
}

export const runRetention = async (
  store: Store,
  tenant: TenantId,
  o: { readonly apply: boolean; readonly now: number; readonly actor: string; readonly onStep?: (step: RetentionStep, done: number, total: number) => void },
): Promise<RetentionReport | undefined> => {
  const t = await store.getTenant(tenant);
  if (t === undefined) return undefined;
  const rule = retentionRules[t.pack];
  const days = effectiveRetentionDays(t.pack, await store.getRetentionDays(tenant));
  const cutoff = retentionCutoff(o.now, days);
  const counts: Record<string, number> = {};
  let done = 0;
  for (const step of retentionSteps) {
    Object.assign(counts, await store.runRetentionStep(tenant, step, cutoff, o.apply, o.actor));
    done += 1;
    o.onStep?.(step, done, retentionSteps.length);
  }
  return { tenant, applied: o.apply, retentionDays: days, legalMinimumDays: rule.legalMinimumDays, citation: rule.citation, cutoff, counts };
};
