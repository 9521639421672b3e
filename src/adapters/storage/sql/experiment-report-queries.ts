// Experiment outcomes, set-based (docs/experiments.md, "Metrics"): one query per figure
// family, grouped by arm in the database. The SQL is plain SQL-92 (CTEs, joins to
// derived tables grouped per account — no per-account correlated subqueries —, CASE,
// integer division of bigints), the same text on SQLite and PostgreSQL. Times are epoch
// ms UTC; a "day since entry" is a whole 24 h period after the assignment's assigned_at.
import { sql } from 'kysely';
import type { ArmOutcomeCounts, CureCell } from '../../../app/ports/experiment-report-store.js';
import { canonicalJson } from '../../../core/canonical-json.js';
import type { TenantId } from '../../../core/model/ids.js';
import { appendAuditIn } from './audit-queries.js';
import type { SqlContext } from './sql-context.js';

const DAY_MS = 86_400_000;
// Messages that left the outbox (the send was attempted). Planned, blocked, cancelled are not contacts.
const SENT = sql.raw(`('sending', 'sent', 'delivered', 'failed', 'undeliverable')`);
// A repayment plan counts as a cure from its decision when accepted (the portal's plans table).
const PLAN_ACCEPTED = sql.raw(`('accepted', 'active', 'completed')`);

const n = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));

/** The experiment's assignments entered at or before asOf, as a CTE named `a`. */
const assignments = (tenant: TenantId, experimentId: string, asOf: number) => sql`a as (
  select account_id, arm, assigned_at from experiment_assignments
  where tenant_id = ${tenant} and experiment_id = ${experimentId} and assigned_at <= ${asOf})`;

/**
 * The cure instant of each account as CTE `c` (account_id, arm, assigned_at, cure_at): for
 * an account now settled or cured, its last payment after entry (the one that closed it),
 * or, with no such payment, the account's last update (an import that reported the status);
 * the earliest accepted plan after entry counts too. Null = not cured by asOf. Payments and
 * plans are each read once, joined to the assignments and grouped per account (CTEs `cp`,
 * `cl`), not looked up per account.
 */
const cures = (tenant: TenantId, asOf: number) => sql`cp as (
  select a.account_id, max(pay.paid_at) as paid_at from a
    join payments pay on pay.tenant_id = ${tenant} and pay.account_id = a.account_id and pay.paid_at >= a.assigned_at and pay.paid_at <= ${asOf}
  group by a.account_id),
cl as (
  select a.account_id, min(pl.decided_at) as plan_at from a
    join plans pl on pl.tenant_id = ${tenant} and pl.account_id = a.account_id and pl.status in ${PLAN_ACCEPTED}
      and pl.decided_at >= a.assigned_at and pl.decided_at <= ${asOf}
  group by a.account_id),
p as (
  select a.account_id, a.arm, a.assigned_at,
    case when acc.status in ('settled', 'cured') then coalesce(cp.paid_at,
      case when acc.updated_at >= a.assigned_at and acc.updated_at <= ${asOf} then acc.updated_at end) end as paid_at,
    cl.plan_at
  from a join accounts acc on acc.tenant_id = ${tenant} and acc.account_id = a.account_id
    left join cp on cp.account_id = a.account_id
    left join cl on cl.account_id = a.account_id),
c as (
  select account_id, arm, assigned_at,
    case when paid_at is null then plan_at when plan_at is null then paid_at when paid_at < plan_at then paid_at else plan_at end as cure_at
  from p)`;

export const experimentCureCellRows = async (ctx: SqlContext, tenant: TenantId, experimentId: string, asOf: number, capDays: number): Promise<CureCell[]> => {
  const cap = sql.lit(Math.max(1, Math.min(366, Math.trunc(capDays))));
  const day = sql.lit(DAY_MS);
  const at = sql`cast(${asOf} as bigint)`;
  const r = await sql<{ arm: string; cure_day: unknown; exposure_days: unknown; accounts: unknown }>`
    with ${assignments(tenant, experimentId, asOf)}, ${cures(tenant, asOf)},
    d as (
      select arm,
        case when cure_at is null then null when (cure_at - assigned_at) / ${day} > ${cap} then ${cap} + 1 else (cure_at - assigned_at) / ${day} end as cure_day,
        case when (${at} - assigned_at) / ${day} > ${cap} then ${cap} else (${at} - assigned_at) / ${day} end as exposure_days
      from c)
    select arm, cure_day, exposure_days, count(*) as accounts from d group by arm, cure_day, exposure_days order by arm, exposure_days, cure_day`.execute(ctx.db);
  return r.rows.map((x) => ({ arm: x.arm, cureDay: x.cure_day === null ? null : n(x.cure_day), exposureDays: n(x.exposure_days), accounts: n(x.accounts) }));
};

export const experimentArmOutcomeRows = async (ctx: SqlContext, tenant: TenantId, experimentId: string, asOf: number): Promise<ArmOutcomeCounts[]> => {
  const a = assignments(tenant, experimentId, asOf);
  // Each source table is read once: joined to the assignments (its entry-to-asOf window
  // is per account), grouped per account, then left-joined to one row per account and
  // summed per arm. Calls are ledger events (agents log them); an event about one account
  // has account_ids = ["<id>"] exactly. Outbound calls are grouped once by (account_ids, at)
  // in CTE `ce` (an aggregate, so SQLite materializes it instead of searching the ledger's
  // time index once per account — the quadratic plan), then matched by equality to the
  // key built once per assignment (CTE `ak`): an automatic index on SQLite, a hash join on
  // PostgreSQL.
  const perAccount = await sql<Record<string, unknown> & { arm: string }>`
    with ${a}, ${cures(tenant, asOf)},
    xm as (
      select a.account_id,
        sum(case when m.channel <> 'call' then 1 else 0 end) as messages,
        sum(case when m.channel = 'sms' then coalesce(m.segments, 1) else 0 end) as segments,
        sum(case when m.party = 'third_party' and m.channel <> 'call' then 1 else 0 end) as tp_messages
      from a join messages m on m.tenant_id = ${tenant} and m.account_id = a.account_id and m.state in ${SENT}
        and m.scheduled_at >= a.assigned_at and m.scheduled_at <= ${asOf}
      group by a.account_id),
    ce as (
      select account_ids, at, count(*) as calls, sum(case when party = 'third_party' then 1 else 0 end) as tp_calls
      from contact_events where tenant_id = ${tenant} and channel = 'call' and direction = 'outbound' and at <= ${asOf}
      group by account_ids, at),
    ak as (select account_id, assigned_at, '["' || account_id || '"]' as account_key from a),
    xc as (
      select ak.account_id, sum(ce.calls) as calls, sum(ce.tp_calls) as tp_calls
      from ak join ce on ce.account_ids = ak.account_key and ce.at >= ak.assigned_at
      group by ak.account_id),
    xo as (
      select a.account_id from a
        join account_people ap on ap.tenant_id = ${tenant} and ap.account_id = a.account_id
        join people pe on pe.tenant_id = ap.tenant_id and pe.person_id = ap.person_id and pe.suppressed_at >= a.assigned_at and pe.suppressed_at <= ${asOf}
      group by a.account_id),
    xk as (
      select a.account_id from a
        join complaints k on k.tenant_id = ${tenant} and k.account_id = a.account_id and k.received_at >= a.assigned_at and k.received_at <= ${asOf}
      group by a.account_id),
    x as (
      select a.arm,
        coalesce(xm.messages, 0) as messages, coalesce(xm.segments, 0) as segments, coalesce(xm.tp_messages, 0) as tp_messages,
        coalesce(xc.calls, 0) as calls, coalesce(xc.tp_calls, 0) as tp_calls,
        case when xo.account_id is null then 0 else 1 end as opted_out,
        case when xk.account_id is null then 0 else 1 end as complained,
        case when acc.disputed_at >= a.assigned_at and acc.disputed_at <= ${asOf} then 1 else 0 end as disputed,
        case when c.cure_at is null then 0 else 1 end as cured
      from a join accounts acc on acc.tenant_id = ${tenant} and acc.account_id = a.account_id
        join c on c.account_id = a.account_id
        left join xm on xm.account_id = a.account_id
        left join xc on xc.account_id = a.account_id
        left join xo on xo.account_id = a.account_id
        left join xk on xk.account_id = a.account_id)
    select x.arm, count(*) as accounts, sum(messages) as messages, sum(segments) as segments, sum(calls) as calls,
      sum(tp_messages) + sum(tp_calls) as third_party, sum(opted_out) as opt_outs, sum(complained) as complaints, sum(disputed) as disputes,
      sum(cured) as cured
    from x group by x.arm order by x.arm`.execute(ctx.db);
  const recovered = await sql<{ arm: string; currency: string; minor: unknown }>`
    with ${a}
    select a.arm, pay.currency, sum(pay.amount_minor) as minor from a
      join payments pay on pay.tenant_id = ${tenant} and pay.account_id = a.account_id and pay.paid_at >= a.assigned_at and pay.paid_at <= ${asOf}
    group by a.arm, pay.currency order by a.arm, pay.currency`.execute(ctx.db);
  return perAccount.rows.map((r) => ({
    arm: r.arm,
    accounts: n(r['accounts']),
    curedNow: n(r['cured']),
    recovered: recovered.rows.filter((x) => x.arm === r.arm).map((x) => ({ currency: x.currency, minor: n(x.minor) })),
    messages: n(r['messages']),
    smsSegments: n(r['segments']),
    calls: n(r['calls']),
    thirdPartyContacts: n(r['third_party']),
    optOutAccounts: n(r['opt_outs']),
    complaintAccounts: n(r['complaints']),
    disputeAccounts: n(r['disputes']),
  }));
};

export const nextGuardrailLookIn = async (ctx: SqlContext, tenant: TenantId, experimentId: string): Promise<number> => {
  await ctx.db
    .updateTable('experiments')
    .set((eb) => ({ guardrail_looks: eb('guardrail_looks', '+', 1) }))
    .where('tenant_id', '=', tenant)
    .where('experiment_id', '=', experimentId)
    .execute();
  const r = await ctx.db.selectFrom('experiments').select('guardrail_looks').where('tenant_id', '=', tenant).where('experiment_id', '=', experimentId).executeTakeFirst();
  return n(r?.guardrail_looks);
};

export const stopExperimentArmIn = async (
  ctx: SqlContext,
  tenant: TenantId,
  experimentId: string,
  arm: string,
  reason: Readonly<Record<string, unknown>>,
  actor: string,
): Promise<boolean> => {
  const now = ctx.now();
  const res = await ctx.db
    .insertInto('experiment_arm_stops')
    .values({ tenant_id: tenant, experiment_id: experimentId, arm, stopped_at: now, reason: canonicalJson(reason) })
    .onConflict((oc) => oc.columns(['tenant_id', 'experiment_id', 'arm']).doNothing())
    .executeTakeFirst();
  if (Number(res.numInsertedOrUpdatedRows ?? 0n) === 0) return false;
  await appendAuditIn(ctx, tenant, { actor, type: 'experiment.arm_stopped', subject: `experiment:${experimentId}`, data: { arm, ...reason } });
  return true;
};
