// Experiments and their assignments (tables from migration 0004). At most one running
// experiment per tenant: createExperimentIn refuses while one runs (checked inside the
// write transaction). Assignments are written set-based with on conflict do nothing,
// so the first recorded arm of an account is the one that stays.
import type { ArmStop, CreateExperimentRefusal, ExperimentArm, ExperimentStatus, NewExperiment, StoredExperiment } from '../../../app/ports/experiment-store.js';
import { canonicalJson } from '../../../core/canonical-json.js';
import { defaultDefinition, definitionProblems, type ExperimentDefinition } from '../../../core/strategy/experiment-definition.js';
import type { AccountId, TenantId } from '../../../core/model/ids.js';
import { err, ok, type Result } from '../../../core/result.js';
import { appendAuditIn } from './audit-queries.js';
import type { PlanTables } from './plan-schema.js';
import type { ExperimentsTable } from './schema.js';
import type { SqlContext } from './sql-context.js';

// Rows per insert statement (5 parameters each: well under every driver's limit).
const CHUNK = 500;

const toStored = (r: ExperimentsTable, stops: readonly ArmStop[]): StoredExperiment => {
  const arms = JSON.parse(r.arms) as ExperimentArm[];
  return {
    id: r.experiment_id,
    name: r.name,
    status: r.status as ExperimentStatus,
    arms,
    createdAt: Number(r.created_at),
    // Experiments created before migration 0013 have none: the first arm is the control.
    definition: r.definition === null || r.definition === undefined ? defaultDefinition(arms[0]?.name ?? '') : (JSON.parse(r.definition) as ExperimentDefinition),
    stoppedArms: stops,
    guardrailLooks: Number(r.guardrail_looks ?? 0),
  };
};

/** The stopped arms of the tenant's experiments, by experiment id. */
const stopsOf = async (ctx: SqlContext, tenant: TenantId, experimentIds: readonly string[]): Promise<Map<string, ArmStop[]>> => {
  const out = new Map<string, ArmStop[]>();
  if (experimentIds.length === 0) return out;
  const rows = await ctx.db.selectFrom('experiment_arm_stops').selectAll().where('tenant_id', '=', tenant).where('experiment_id', 'in', experimentIds).orderBy('stopped_at').execute();
  for (const r of rows) {
    const list = out.get(r.experiment_id) ?? [];
    list.push({ arm: r.arm, stoppedAt: Number(r.stopped_at), reason: JSON.parse(r.reason) as Record<string, unknown> });
    out.set(r.experiment_id, list);
  }
  return out;
};

const withStops = async (ctx: SqlContext, tenant: TenantId, rows: readonly ExperimentsTable[]): Promise<StoredExperiment[]> => {
  const stops = await stopsOf(ctx, tenant, rows.map((r) => r.experiment_id));
  return rows.map((r) => toStored(r, stops.get(r.experiment_id) ?? []));
};

const armsWellFormed = (arms: readonly ExperimentArm[]): boolean =>
  arms.length >= 2 &&
  new Set(arms.map((a) => a.name)).size === arms.length &&
  arms.every((a) => a.name !== '' && Number.isFinite(a.weight) && a.weight > 0 && Number.isInteger(a.strategyVersion));

export const createExperimentIn = async (ctx: SqlContext, tenant: TenantId, e: NewExperiment, actor: string): Promise<Result<StoredExperiment, CreateExperimentRefusal>> => {
  if (!armsWellFormed(e.arms)) return err('bad_arms');
  const definition = e.definition ?? defaultDefinition(e.arms[0]!.name);
  if (definitionProblems(definition, e.arms.map((a) => a.name)).length > 0) return err('bad_definition');
  const db = ctx.db;
  const existing = await db.selectFrom('experiments').select(['experiment_id', 'status']).where('tenant_id', '=', tenant).execute();
  if (existing.some((r) => r.experiment_id === e.id)) return err('exists');
  if (existing.some((r) => r.status === 'running')) return err('another_running');
  const stored = await db.withTables<PlanTables>().selectFrom('strategies').select(['strategy_id', 'version']).where('tenant_id', '=', tenant).execute();
  const known = new Set(stored.map((s) => `${s.strategy_id}@${Number(s.version)}`));
  if (!e.arms.every((a) => known.has(`${a.strategyId}@${a.strategyVersion}`))) return err('unknown_strategy_version');
  const now = ctx.now();
  const arms = e.arms.map((a) => ({ name: a.name, strategyId: a.strategyId, strategyVersion: a.strategyVersion, weight: a.weight }));
  await db
    .insertInto('experiments')
    .values({ tenant_id: tenant, experiment_id: e.id, name: e.name, status: 'running', arms: JSON.stringify(arms), definition: canonicalJson(definition), guardrail_looks: 0, created_at: now, updated_at: now })
    .execute();
  await appendAuditIn(ctx, tenant, { actor, type: 'experiment.created', subject: `experiment:${e.id}`, data: { arms: arms.map((a) => ({ arm: a.name, strategy: `${a.strategyId}@${a.strategyVersion}`, weight: a.weight })), definition } });
  return ok({ id: e.id, name: e.name, arms, status: 'running', createdAt: now, definition, stoppedArms: [], guardrailLooks: 0 });
};

export const runningExperimentRow = async (ctx: SqlContext, tenant: TenantId): Promise<StoredExperiment | undefined> => {
  const r = await ctx.db.selectFrom('experiments').selectAll().where('tenant_id', '=', tenant).where('status', '=', 'running').orderBy('created_at').executeTakeFirst();
  return r === undefined ? undefined : (await withStops(ctx, tenant, [r]))[0];
};

export const getExperimentRow = async (ctx: SqlContext, tenant: TenantId, experimentId: string): Promise<StoredExperiment | undefined> => {
  const r = await ctx.db.selectFrom('experiments').selectAll().where('tenant_id', '=', tenant).where('experiment_id', '=', experimentId).executeTakeFirst();
  return r === undefined ? undefined : (await withStops(ctx, tenant, [r]))[0];
};

export const listExperimentRows = async (ctx: SqlContext, tenant: TenantId): Promise<readonly StoredExperiment[]> =>
  withStops(ctx, tenant, await ctx.db.selectFrom('experiments').selectAll().where('tenant_id', '=', tenant).orderBy('created_at').orderBy('experiment_id').execute());

export const assignArmsIn = async (
  ctx: SqlContext,
  tenant: TenantId,
  experimentId: string,
  assignments: readonly { readonly accountId: AccountId; readonly arm: string }[],
  now: number,
): Promise<ReadonlyMap<string, string>> => {
  const out = new Map<string, string>();
  for (let i = 0; i < assignments.length; i += CHUNK) {
    const part = assignments.slice(i, i + CHUNK);
    await ctx.db
      .insertInto('experiment_assignments')
      .values(part.map((a) => ({ tenant_id: tenant, experiment_id: experimentId, account_id: a.accountId, arm: a.arm, assigned_at: now })))
      .onConflict((oc) => oc.columns(['tenant_id', 'experiment_id', 'account_id']).doNothing())
      .execute();
    const rows = await ctx.db
      .selectFrom('experiment_assignments')
      .select(['account_id', 'arm'])
      .where('tenant_id', '=', tenant)
      .where('experiment_id', '=', experimentId)
      .where('account_id', 'in', part.map((a) => a.accountId))
      .execute();
    for (const r of rows) out.set(r.account_id, r.arm);
  }
  return out;
};

export const recordedArmRows = async (ctx: SqlContext, tenant: TenantId, experimentId: string, accounts: readonly AccountId[]): Promise<ReadonlyMap<string, string>> => {
  const out = new Map<string, string>();
  for (let i = 0; i < accounts.length; i += CHUNK) {
    const rows = await ctx.db
      .selectFrom('experiment_assignments')
      .select(['account_id', 'arm'])
      .where('tenant_id', '=', tenant)
      .where('experiment_id', '=', experimentId)
      .where('account_id', 'in', accounts.slice(i, i + CHUNK))
      .execute();
    for (const r of rows) out.set(r.account_id, r.arm);
  }
  return out;
};

export const stopExperimentIn = async (ctx: SqlContext, tenant: TenantId, experimentId: string, actor: string): Promise<boolean> => {
  const res = await ctx.db
    .updateTable('experiments')
    .set({ status: 'stopped', updated_at: ctx.now() })
    .where('tenant_id', '=', tenant)
    .where('experiment_id', '=', experimentId)
    .where('status', '=', 'running')
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) === 0) return false;
  await appendAuditIn(ctx, tenant, { actor, type: 'experiment.stopped', subject: `experiment:${experimentId}`, data: {} });
  return true;
};
