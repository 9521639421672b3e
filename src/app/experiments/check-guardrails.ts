// The guardrail job (docs/experiments.md, "Guardrails"): one sequential look per call.
// For every arm other than the control that still runs, each guardrail compares the
// share of accounts with a complaint (or an opt-out) since entry with the control's;
// an arm worse by more than the budget at the configured confidence is stopped: the
// stop is recorded with its numbers (no personal data) in the audit chain, and from
// then on the planner plans the arm's accounts with the control's strategy (their
// assignment stays, so the report still compares them as assigned).
import type { Store } from '../ports/store.js';
import type { ArmOutcomeCounts } from '../ports/experiment-report-store.js';
import type { TenantId } from '../../core/model/ids.js';
import type { GuardrailMetric } from '../../core/strategy/experiment-definition.js';
import { guardrailVerdict, type GuardrailVerdict } from '../../core/stats/sequential-guardrail.js';

export interface GuardrailResult {
  readonly arm: string;
  readonly metric: GuardrailMetric;
  readonly budget: number;
  readonly confidence: number;
  readonly armAccounts: number;
  readonly armEvents: number;
  readonly controlAccounts: number;
  readonly controlEvents: number;
  readonly verdict: GuardrailVerdict;
}

export interface GuardrailCheck {
  readonly experimentId: string;
  /** 0 when the experiment is not running (nothing checked). */
  readonly look: number;
  readonly results: readonly GuardrailResult[];
  /** Arms stopped by this look. */
  readonly stopped: readonly string[];
}

const eventsOf = (o: ArmOutcomeCounts, metric: GuardrailMetric): number => (metric === 'complaints' ? o.complaintAccounts : o.optOutAccounts);

/** Undefined when the tenant has no experiment with this id. `now`: epoch ms UTC. */
export const checkGuardrails = async (store: Store, tenant: TenantId, experimentId: string, now: number, actor: string): Promise<GuardrailCheck | undefined> => {
  const e = await store.getExperiment(tenant, experimentId);
  if (e === undefined) return undefined;
  if (e.status !== 'running' || e.definition.guardrails.length === 0) return { experimentId, look: 0, results: [], stopped: [] };
  const look = await store.nextGuardrailLook(tenant, experimentId);
  const outcomes = await store.experimentArmOutcomes(tenant, experimentId, now);
  const none: ArmOutcomeCounts = { arm: '', accounts: 0, curedNow: 0, recovered: [], messages: 0, smsSegments: 0, calls: 0, thirdPartyContacts: 0, optOutAccounts: 0, complaintAccounts: 0, disputeAccounts: 0 };
  const control = outcomes.find((o) => o.arm === e.definition.control) ?? none;
  const already = new Set(e.stoppedArms.map((s) => s.arm));
  const results: GuardrailResult[] = [];
  const stopped: string[] = [];
  for (const arm of e.arms) {
    if (arm.name === e.definition.control || already.has(arm.name)) continue;
    const o = outcomes.find((x) => x.arm === arm.name) ?? none;
    for (const g of e.definition.guardrails) {
      const counts = { armEvents: eventsOf(o, g.metric), armAccounts: o.accounts, controlEvents: eventsOf(control, g.metric), controlAccounts: control.accounts };
      const verdict = guardrailVerdict(counts, g.budget, g.confidence, look);
      results.push({ arm: arm.name, metric: g.metric, budget: g.budget, confidence: g.confidence, ...counts, verdict });
      if (!verdict.stop || stopped.includes(arm.name)) continue;
      const reason = {
        metric: g.metric, budget: g.budget, confidence: g.confidence, control: e.definition.control, ...counts,
        armRate: verdict.armRate, controlRate: verdict.controlRate, z: verdict.z, boundary: verdict.boundary, look, alphaSpent: verdict.alphaSpent,
      };
      if (await store.stopExperimentArm(tenant, experimentId, arm.name, reason, actor)) stopped.push(arm.name);
    }
  }
  return { experimentId, look, results, stopped };
};
