// Stored strategies (migration 0005). A saved version is never changed except its
// status; activating a version retires the tenant's previously active one in the same
// transaction, so at most one version is active per tenant.
import type { StoredStrategy, StrategyStatus } from '../../../app/ports/plan-store.js';
import { canonicalJson } from '../../../core/canonical-json.js';
import type { TenantId } from '../../../core/model/ids.js';
import { appendAuditIn } from './audit-queries.js';
import type { PlanTables, StrategiesTable } from './plan-schema.js';
import type { SqlContext } from './sql-context.js';

const toStored = (r: StrategiesTable): StoredStrategy => ({
  strategyId: r.strategy_id,
  version: Number(r.version),
  body: JSON.parse(r.body) as unknown,
  status: r.status as StrategyStatus,
  createdAt: Number(r.created_at),
});

export const saveStrategyIn = async (
  ctx: SqlContext,
  tenant: TenantId,
  s: { readonly strategyId: string; readonly version: number; readonly body: unknown; readonly status: StrategyStatus },
  actor: string,
): Promise<'saved' | 'exists'> => {
  const db = ctx.db.withTables<PlanTables>();
  const now = ctx.now();
  const res = await db
    .insertInto('strategies')
    .values({ tenant_id: tenant, strategy_id: s.strategyId, version: s.version, body: canonicalJson(s.body), status: s.status, created_at: now, updated_at: now })
    .onConflict((oc) => oc.columns(['tenant_id', 'strategy_id', 'version']).doNothing())
    .executeTakeFirst();
  if (Number(res.numInsertedOrUpdatedRows ?? 0n) === 0) return 'exists';
  if (s.status === 'active') {
    await db
      .updateTable('strategies')
      .set({ status: 'retired', updated_at: now })
      .where('tenant_id', '=', tenant)
      .where('status', '=', 'active')
      .where((eb) => eb.or([eb('strategy_id', '!=', s.strategyId), eb('version', '!=', s.version)]))
      .execute();
  }
  await appendAuditIn(ctx, tenant, {
    actor,
    type: 'strategy.saved',
    subject: `strategy:${s.strategyId}@${s.version}`,
    data: { status: s.status },
  });
  return 'saved';
};

export const listStrategyRows = async (ctx: SqlContext, tenant: TenantId): Promise<readonly StoredStrategy[]> =>
  (
    await ctx.db
      .withTables<PlanTables>()
      .selectFrom('strategies')
      .selectAll()
      .where('tenant_id', '=', tenant)
      .orderBy('strategy_id')
      .orderBy('version')
      .execute()
  ).map(toStored);

export const getActiveStrategyRow = async (ctx: SqlContext, tenant: TenantId): Promise<StoredStrategy | undefined> => {
  const r = await ctx.db
    .withTables<PlanTables>()
    .selectFrom('strategies')
    .selectAll()
    .where('tenant_id', '=', tenant)
    .where('status', '=', 'active')
    .orderBy('version', 'desc')
    .executeTakeFirst();
  return r === undefined ? undefined : toStored(r);
};
