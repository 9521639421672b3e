// The tenant's running experiment as the planner uses it (docs/strategies.md,
// "Experiments"; docs/experiments.md): each arm's strategy version is loaded and parsed
// once per run; per batch, the pure hash proposes an arm for each account in the
// experiment's population and the store records it once (an arm already recorded
// wins), so an account keeps its arm across runs, also once it leaves the population.
// An arm stopped by its guardrail keeps its accounts, but they are planned with the
// control arm's strategy (the tag says so: `servedBy`).
import type { UnassignedFilter } from '../ports/plan-store.js';
import type { Store } from '../ports/store.js';
import type { AccountId, TenantId } from '../../core/model/ids.js';
import { assignArm } from '../../core/strategy/assign-arm.js';
import { epochDay } from '../../core/model/parse-iso-date.js';
import { inPopulation, type ExperimentDefinition } from '../../core/strategy/experiment-definition.js';
import { parseStrategy } from '../../core/strategy/parse-strategy.js';
import { dpdOn } from '../../core/strategy/step-matches.js';
import type { Strategy } from '../../core/strategy/strategy.js';

export interface PlanExperiment {
  readonly id: string;
  readonly arms: readonly { readonly name: string; readonly weight: number; readonly strategyVersion: number }[];
  /** Arm name → the strategy its accounts are planned with (the control's for a stopped arm). */
  readonly strategies: ReadonlyMap<string, Strategy>;
  readonly definition: ExperimentDefinition;
  readonly stoppedArms: ReadonlySet<string>;
}

/** What the planner writes into a message's decision JSON for an account in an experiment. */
export interface ArmTag {
  readonly experiment: string;
  readonly arm: string;
  /** Set when the arm was stopped by a guardrail: the arm whose strategy was used. */
  readonly servedBy?: string;
}

export interface ExperimentAccount {
  readonly id: AccountId;
  readonly product: string;
  readonly flags: readonly string[];
  readonly balanceMinor: number;
  readonly dueDate: string;
}

export const loadPlanExperiment = async (store: Store, tenant: TenantId): Promise<PlanExperiment | undefined> => {
  const e = await store.runningExperiment(tenant);
  if (e === undefined) return undefined;
  const stored = await store.listStrategies(tenant);
  const parsedOf = (strategyId: string, version: number): Strategy => {
    const row = stored.find((s) => s.strategyId === strategyId && s.version === version);
    // createExperiment checked the versions exist and stored versions are never deleted.
    if (row === undefined) throw new Error(`experiment ${e.id}: strategy ${strategyId}@${version} is missing`);
    const parsed = parseStrategy(row.body);
    if (!parsed.ok) throw new Error(`experiment ${e.id}: stored strategy ${strategyId}@${version} no longer parses`);
    return parsed.value;
  };
  const control = e.arms.find((a) => a.name === e.definition.control) ?? e.arms[0]!;
  const stoppedArms = new Set(e.stoppedArms.map((s) => s.arm));
  const strategies = new Map<string, Strategy>();
  for (const arm of e.arms) {
    const served = stoppedArms.has(arm.name) ? control : arm;
    strategies.set(arm.name, parsedOf(served.strategyId, served.strategyVersion));
  }
  return { id: e.id, arms: e.arms, strategies, definition: e.definition, stoppedArms };
};

/**
 * Records (once) and returns each account's arm and strategy: the arms already recorded
 * (one read); the others in the population are proposed (one set-based write, an arm
 * recorded meanwhile by another run wins); the rest stay without an arm.
 */
export const armsFor = async (
  store: Store,
  tenant: TenantId,
  e: PlanExperiment,
  accounts: readonly ExperimentAccount[],
  businessDate: string,
  now: number,
): Promise<ReadonlyMap<string, { readonly tag: ArmTag; readonly strategy: Strategy }>> => {
  const recorded = new Map(await store.recordedArms(tenant, e.id, accounts.map((a) => a.id)));
  const proposed: { accountId: AccountId; arm: string }[] = [];
  for (const a of accounts) {
    if (recorded.has(a.id)) continue;
    const daysPastDue = dpdOn(a.dueDate, businessDate) ?? 0;
    if (!inPopulation(e.definition.population, { ...a, daysPastDue })) continue;
    const arm = assignArm(e, a.id);
    if (arm !== undefined) proposed.push({ accountId: a.id, arm: arm.name });
  }
  if (proposed.length > 0) for (const [id, arm] of await store.assignArms(tenant, e.id, proposed, now)) recorded.set(id, arm);
  const out = new Map<string, { tag: ArmTag; strategy: Strategy }>();
  for (const [accountId, arm] of recorded) {
    const strategy = e.strategies.get(arm);
    if (strategy === undefined) continue;
    const tag: ArmTag = e.stoppedArms.has(arm) ? { experiment: e.id, arm, servedBy: e.definition.control } : { experiment: e.id, arm };
    out.set(accountId, { tag, strategy });
  }
  return out;
};

const isoDay = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

/**
 * The accounts the planner must read on `businessDate` to assign them on first sight:
 * those not yet assigned that meet the population filter's column conditions today
 * (DPD bounds as due date bounds: DPD = business date − due date). Segments are left to
 * armsFor. An account outside these is not in the population today, so it is not
 * assigned today either way.
 */
export const unassignedFilter = (e: PlanExperiment, businessDate: string): UnassignedFilter => {
  const p = e.definition.population;
  const today = epochDay(businessDate);
  return {
    experiment: e.id,
    ...(p.products === undefined ? {} : { products: p.products }),
    ...(p.minBalanceMinor === undefined ? {} : { minBalanceMinor: p.minBalanceMinor }),
    ...(p.maxBalanceMinor === undefined ? {} : { maxBalanceMinor: p.maxBalanceMinor }),
    ...(p.maxDaysPastDue === undefined ? {} : { dueFrom: isoDay(today - p.maxDaysPastDue) }),
    ...(p.minDaysPastDue === undefined ? {} : { dueTo: isoDay(today - p.minDaysPastDue) }),
  };
};
