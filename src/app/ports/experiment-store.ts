// Experiments (docs/strategies.md, "Experiments"): a tenant runs at most one experiment
// at a time; each account is assigned to an arm once, and the recorded arm wins forever
// after (a weight change never moves an assigned account). Times are epoch ms UTC.
import type { AccountId, TenantId } from '../../core/model/ids.js';
import type { Result } from '../../core/result.js';
import type { ExperimentDefinition } from '../../core/strategy/experiment-definition.js';
import type { Actor } from './store-records.js';

export interface ExperimentArm {
  readonly name: string;
  readonly strategyId: string;
  readonly strategyVersion: number;
  /** Relative weight, > 0. */
  readonly weight: number;
}

export interface NewExperiment {
  readonly id: string;
  readonly name: string;
  readonly arms: readonly ExperimentArm[];
  /** Control, population, primary metric, guardrails; default: defaultDefinition(first arm). */
  readonly definition?: ExperimentDefinition;
}

/** An arm stopped by its guardrail (experiment-report-store.ts, stopExperimentArm). */
export interface ArmStop {
  readonly arm: string;
  /** Epoch ms UTC. */
  readonly stoppedAt: number;
  /** Why: metric, counts, rates, z, boundary, look (no personal data). */
  readonly reason: Readonly<Record<string, unknown>>;
}

export const experimentStatuses = ['running', 'stopped'] as const;
export type ExperimentStatus = (typeof experimentStatuses)[number];

export interface StoredExperiment extends NewExperiment {
  readonly status: ExperimentStatus;
  readonly createdAt: number;
  readonly definition: ExperimentDefinition;
  /** Arms stopped by a guardrail: their accounts are planned with the control's strategy. */
  readonly stoppedArms: readonly ArmStop[];
  /** Sequential guardrail looks taken so far. */
  readonly guardrailLooks: number;
}

/** Why an experiment was not created (arms checked before anything is written). */
export type CreateExperimentRefusal = 'exists' | 'another_running' | 'bad_arms' | 'bad_definition' | 'unknown_strategy_version';

export interface ExperimentStore {
  /** Validates (≥ 2 arms, unique names, weights > 0, each strategy version stored) and starts it; one audit event. */
  createExperiment(tenant: TenantId, e: NewExperiment, actor: Actor): Promise<Result<StoredExperiment, CreateExperimentRefusal>>;
  /** The tenant's running experiment (at most one: createExperiment refuses a second). */
  runningExperiment(tenant: TenantId): Promise<StoredExperiment | undefined>;
  listExperiments(tenant: TenantId): Promise<readonly StoredExperiment[]>;
  getExperiment(tenant: TenantId, experimentId: string): Promise<StoredExperiment | undefined>;
  /**
   * Records arms with one set-based insert … on conflict do nothing, then returns the
   * recorded arm of every given account: an existing row wins over the proposed arm.
   */
  assignArms(tenant: TenantId, experimentId: string, assignments: readonly { readonly accountId: AccountId; readonly arm: string }[], now: number): Promise<ReadonlyMap<string, string>>;
  /** The recorded arm of each given account that has one (no writes). */
  recordedArms(tenant: TenantId, experimentId: string, accounts: readonly AccountId[]): Promise<ReadonlyMap<string, string>>;
  /** Stops a running experiment; false when it is not running. One audit event. */
  stopExperiment(tenant: TenantId, experimentId: string, actor: Actor): Promise<boolean>;
}
