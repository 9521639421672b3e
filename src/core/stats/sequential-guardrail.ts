// The sequential guardrail test (docs/experiments.md, "Guardrails"). At every look
// (each daily planner run, each `tact experiments check`) it asks, for one metric:
//   H₀: p_arm − p_control ≤ budget   against   H₁: p_arm − p_control > budget,
// where p is the share of accounts with at least one complaint (or opt-out) and the
// budget is the allowed absolute excess over control (0.002 = 2 per 1,000 accounts).
// Statistic (Wald, unpooled: a pooled variance only fits a zero margin):
//   z = (p̂_a − p̂_c − budget) / √(p̂_a(1 − p̂_a)/n_a + p̂_c(1 − p̂_c)/n_c).
// Alpha spending: look k (1, 2, 3, …) tests one-sided at level α_k = α / (k(k + 1)).
// Σ α_k = α over any number of looks, so by the union bound the probability of ever
// stopping an arm that is within budget (the false-stop rate) is at most α = 1 − confidence,
// however long the experiment runs and however often it is checked. It is conservative
// (looks on growing data are correlated); test/unit/stats measures it by simulation.
import { normalQuantile } from './normal-distribution.js';

export interface GuardrailCounts {
  /** Accounts in the arm / the control with at least one event. */
  readonly armEvents: number;
  readonly armAccounts: number;
  readonly controlEvents: number;
  readonly controlAccounts: number;
}

export interface GuardrailVerdict {
  readonly stop: boolean;
  /** Look number k ≥ 1 this verdict used. */
  readonly look: number;
  /** α_k, the one-sided level spent at this look. */
  readonly alphaSpent: number;
  /** The critical z, Φ⁻¹(1 − α_k). */
  readonly boundary: number;
  /** The statistic; null when it is undefined (an empty group or zero variance). */
  readonly z: number | null;
  readonly armRate: number;
  readonly controlRate: number;
}

/** α_k = α/(k(k+1)): the level spent at look k. */
export const alphaAtLook = (alpha: number, look: number): number => alpha / (look * (look + 1));

export const guardrailVerdict = (c: GuardrailCounts, budget: number, confidence: number, look: number): GuardrailVerdict => {
  const alphaSpent = alphaAtLook(1 - confidence, Math.max(1, look));
  const boundary = normalQuantile(1 - alphaSpent);
  const armRate = c.armAccounts > 0 ? c.armEvents / c.armAccounts : 0;
  const controlRate = c.controlAccounts > 0 ? c.controlEvents / c.controlAccounts : 0;
  const base = { look: Math.max(1, look), alphaSpent, boundary, armRate, controlRate };
  if (c.armAccounts === 0 || c.controlAccounts === 0) return { ...base, stop: false, z: null };
  const variance = (armRate * (1 - armRate)) / c.armAccounts + (controlRate * (1 - controlRate)) / c.controlAccounts;
  // Zero variance: every account in both groups is alike; no evidence either way.
  if (variance === 0) return { ...base, stop: false, z: null };
  const z = (armRate - controlRate - budget) / Math.sqrt(variance);
  return { ...base, stop: z > boundary, z };
};
