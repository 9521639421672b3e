// Per-tenant writes and reads of the portal: settings (plan rules, repayment channels),
// repayment plans, the account states a plan or a dispute sets, payments history, and a
// person's designated inconvenient times. Every change appends its audit event here, in
// the caller's transaction; audit data carries no personal data and no amounts of others.
import { toPayment } from './payment-queries.js';
import type { PlanRecord, PlanStatus, PortalSettings } from '../../../app/ports/portal-store.js';
import type { PaymentRecord } from '../../../app/ports/payment-store.js';
import { canonicalJson } from '../../../core/canonical-json.js';
import type { InconvenientTime } from '../../../core/model/decision-request.js';
import { accountId, type AccountId, type PersonId, type TenantId } from '../../../core/model/ids.js';
import type { PlanProposal } from '../../../core/portal/plan-rules.js';
import { appendAuditIn } from './audit-queries.js';
import type { SqlContext } from './sql-context.js';
import { inList } from './value-list.js';

export const getPortalSettingsRow = async (ctx: SqlContext, tenant: TenantId): Promise<PortalSettings | undefined> => {
  const r = await ctx.db.selectFrom('portal_settings').selectAll().where('tenant_id', '=', tenant).executeTakeFirst();
  return r === undefined ? undefined : { planRules: JSON.parse(r.plan_rules) as PortalSettings['planRules'], repayment: JSON.parse(r.repayment) as PortalSettings['repayment'] };
};

export const setPortalSettingsIn = async (ctx: SqlContext, tenant: TenantId, s: PortalSettings, actor: string): Promise<void> => {
  const row = { tenant_id: tenant, plan_rules: canonicalJson(s.planRules), repayment: canonicalJson(s.repayment), updated_at: ctx.now() };
  await ctx.db
    .insertInto('portal_settings')
    .values(row)
    .onConflict((oc) => oc.column('tenant_id').doUpdateSet({ plan_rules: row.plan_rules, repayment: row.repayment, updated_at: row.updated_at }))
    .execute();
  await appendAuditIn(ctx, tenant, { actor, type: 'portal.settings_saved', subject: `tenant:${tenant}`, data: { planRules: s.planRules, linkDomains: s.repayment.linkDomains } });
};

export const listPlanRows = async (ctx: SqlContext, tenant: TenantId, account: AccountId): Promise<readonly PlanRecord[]> => {
  const rows = await ctx.db.selectFrom('plans').selectAll().where('tenant_id', '=', tenant).where('account_id', '=', account).orderBy('proposed_at', 'desc').execute();
  return rows.map((r) => {
    const terms = JSON.parse(r.installments) as Omit<PlanProposal, 'totalMinor'>;
    return {
      id: r.plan_id,
      accountId: accountId(r.account_id),
      status: r.status as PlanStatus,
      currency: r.currency,
      totalMinor: Number(r.total_minor),
      instalments: terms.instalments,
      firstPaymentMinor: terms.firstPaymentMinor,
      termDays: terms.termDays,
      proposedAt: Number(r.proposed_at),
      decidedAt: r.decided_at === null ? undefined : Number(r.decided_at),
    };
  });
};

export const insertPlanIn = async (
  ctx: SqlContext,
  tenant: TenantId,
  account: AccountId,
  p: PlanProposal & { readonly status: PlanStatus; readonly currency: string },
  actor: string,
): Promise<PlanRecord> => {
  const now = ctx.now();
  const id = ctx.newId();
  const terms = { instalments: p.instalments, firstPaymentMinor: p.firstPaymentMinor, termDays: p.termDays };
  await ctx.db
    .insertInto('plans')
    .values({
      tenant_id: tenant, plan_id: id, account_id: account, status: p.status, currency: p.currency, total_minor: p.totalMinor,
      installments: canonicalJson(terms), proposed_at: now, decided_at: p.status === 'proposed' ? null : now, created_at: now, updated_at: now,
    })
    .execute();
  await appendAuditIn(ctx, tenant, { actor, type: `plan.${p.status}`, subject: `account:${account}`, data: { planId: id, totalMinor: p.totalMinor, currency: p.currency, ...terms } });
  return { id, accountId: account, status: p.status, currency: p.currency, totalMinor: p.totalMinor, ...terms, proposedAt: now, decidedAt: p.status === 'proposed' ? undefined : now };
};

export const setAccountOnPlanIn = async (ctx: SqlContext, tenant: TenantId, account: AccountId, actor: string): Promise<void> => {
  const r = await ctx.db.selectFrom('accounts').select(['status', 'flags']).where('tenant_id', '=', tenant).where('account_id', '=', account).executeTakeFirst();
  if (r === undefined) return;
  const flags = JSON.parse(r.flags) as string[];
  const next = flags.includes('repayment_plan') ? flags : [...flags, 'repayment_plan'].sort();
  const now = ctx.now();
  await ctx.db
    .updateTable('accounts')
    .set({ status: 'paused', flags: canonicalJson(next), updated_at: now })
    .where('tenant_id', '=', tenant)
    .where('account_id', '=', account)
    .execute();
  await appendAuditIn(ctx, tenant, { actor, type: 'account.on_plan', subject: `account:${account}`, data: { from: r.status, to: 'paused' } });
};

export const markDisputedIn = async (ctx: SqlContext, tenant: TenantId, account: AccountId, at: number, actor: string): Promise<boolean> => {
  const res = await ctx.db
    .updateTable('accounts')
    .set({ disputed_at: at, updated_at: ctx.now() })
    .where('tenant_id', '=', tenant)
    .where('account_id', '=', account)
    .where('disputed_at', 'is', null)
    .executeTakeFirst();
  const changed = Number(res.numUpdatedRows) > 0;
  if (changed) await appendAuditIn(ctx, tenant, { actor, type: 'account.disputed', subject: `account:${account}`, data: { at } });
  return changed;
};

export const listAccountPaymentRows = async (ctx: SqlContext, tenant: TenantId, account: AccountId): Promise<readonly PaymentRecord[]> => {
  const rows = await ctx.db.selectFrom('payments').selectAll().where('tenant_id', '=', tenant).where('account_id', '=', account).orderBy('paid_at', 'desc').execute();
  return rows.map(toPayment);
};

export const inconvenientTimeRows = async (ctx: SqlContext, tenant: TenantId, people: readonly PersonId[]): Promise<ReadonlyMap<string, readonly InconvenientTime[]>> => {
  const out = new Map<string, readonly InconvenientTime[]>();
  if (people.length === 0) return out;
  const rows = await ctx.db.selectFrom('person_preferences').select(['person_id', 'inconvenient']).where('tenant_id', '=', tenant).where(inList(ctx, 'person_id', people)).execute();
  for (const r of rows) out.set(r.person_id, JSON.parse(r.inconvenient) as InconvenientTime[]);
  return out;
};

export const setInconvenientTimesIn = async (ctx: SqlContext, tenant: TenantId, person: PersonId, times: readonly InconvenientTime[], actor: string): Promise<void> => {
  await ctx.db.deleteFrom('person_preferences').where('tenant_id', '=', tenant).where('person_id', '=', person).execute();
  if (times.length > 0) {
    await ctx.db.insertInto('person_preferences').values({ tenant_id: tenant, person_id: person, inconvenient: canonicalJson(times), updated_at: ctx.now() }).execute();
  }
  await appendAuditIn(ctx, tenant, { actor, type: 'person.inconvenient_set', subject: `person:${person}`, data: { entries: times.length, channels: [...new Set(times.map((t) => t.channel ?? 'any'))].sort() } });
};
