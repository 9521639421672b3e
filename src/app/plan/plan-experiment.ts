// The tenant's running experiment as the planner uses it (docs/strategies.md,
// "Experiments"): each arm's strategy version is loaded and parsed once per run; per
// batch, the pure hash proposes an arm for each account and the store records it once
// (an arm already recorded wins), so an account keeps its arm across runs.
import type { Store } from '../ports/store.js';
import type { AccountId, TenantId } from '../../core/model/ids.js';
import { assignArm } from '../../core/strategy/assign-arm.js';
import { parseStrategy } from '../../core/strategy/parse-strategy.js';
import type { Strategy } from '../../core/strategy/strategy.js';

export interface PlanExperiment {
  readonly id: string;
  readonly arms: readonly { readonly name: string; readonly weight: number; readonly strategyVersion: number }[];
  /** Arm name → its parsed strategy version. */
  readonly strategies: ReadonlyMap<string, Strategy>;
}

/** What the planner writes into a message's decision JSON for an account in an experiment. */
export interface ArmTag {
  readonly experiment: string;
  readonly arm: string;
}

export const loadPlanExperiment = async (store: Store, tenant: TenantId): Promise<PlanExperiment | undefined> => {
  const e = await store.runningExperiment(tenant);
  if (e === undefined) return undefined;
  const stored = await store.listStrategies(tenant);
  const strategies = new Map<string, Strategy>();
  for (const arm of e.arms) {
    const row = stored.find((s) => s.strategyId === arm.strategyId && s.version === arm.strategyVersion);
    // createExperiment checked the versions exist and stored versions are never deleted.
    if (row === undefined) throw new Error(`experiment ${e.id}: strategy ${arm.strategyId}@${arm.strategyVersion} is missing`);
    const parsed = parseStrategy(row.body);
    if (!parsed.ok) throw new Error(`experiment ${e.id}: stored strategy ${arm.strategyId}@${arm.strategyVersion} no longer parses`);
    strategies.set(arm.name, parsed.value);
  }
  return { id: e.id, arms: e.arms, strategies };
};

/** Records (once) and returns each account's arm and strategy; one set-based write. */
export const armsFor = async (
  store: Store,
  tenant: TenantId,
  e: PlanExperiment,
  accounts: readonly { readonly id: AccountId }[],
  now: number,
): Promise<ReadonlyMap<string, { readonly tag: ArmTag; readonly strategy: Strategy }>> => {
  const proposed: { accountId: AccountId; arm: string }[] = [];
  for (const a of accounts) {
    const arm = assignArm(e, a.id);
    if (arm !== undefined) proposed.push({ accountId: a.id, arm: arm.name });
  }
  const recorded = await store.assignArms(tenant, e.id, proposed, now);
  const out = new Map<string, { tag: ArmTag; strategy: Strategy }>();
  for (const [accountId, arm] of recorded) {
    const strategy = e.strategies.get(arm);
    if (strategy !== undefined) out.set(accountId, { tag: { experiment: e.id, arm }, strategy });
  }
  return out;
};
