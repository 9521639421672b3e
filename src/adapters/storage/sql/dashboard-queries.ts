// The console dashboard's aggregates (dashboard-store.ts): one GROUP BY query each,
// never a row per account. Days are cut at the window's fixed UTC offset: the day
// number is floor((at + offset) / 86 400 000), integer division on both databases.
import { sql } from 'kysely';
import type { DailyCount, DashboardWindow, ThirdPartyContacts } from '../../../app/ports/dashboard-store.js';
import type { TenantId } from '../../../core/model/ids.js';
import type { SqlContext } from './sql-context.js';

const DAY_MS = 86_400_000;

const isoDay = (dayNumber: number): string => new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);

export const outboundPerDayRows = async (ctx: SqlContext, tenant: TenantId, w: DashboardWindow): Promise<readonly DailyCount[]> => {
  // Literals, not parameters: SQLite binds JS numbers as REAL (float division), and
  // PostgreSQL cannot type a parameter added to a bigint. Both are integers we computed.
  const offset = Math.trunc(w.offsetMinutes) * 60_000;
  const day = sql<number>`(at + ${sql.lit(offset)}) / ${sql.lit(DAY_MS)}`;
  const rows = await ctx.db
    .selectFrom('contact_events')
    .select([day.as('day'), 'party', 'channel', (eb) => eb.fn.countAll().as('n')])
    .where('tenant_id', '=', tenant)
    .where('direction', '=', 'outbound')
    .where('at', '>=', w.from)
    .where('at', '<', w.to)
    .groupBy([day, 'party', 'channel'])
    .orderBy(day)
    .orderBy('party')
    .orderBy('channel')
    .execute();
  return rows.map((r) => ({ day: isoDay(Math.floor(Number(r.day))), audience: r.party, channel: r.channel, count: Number(r.n) }));
};

export const blockedDecisionRows = async (
  ctx: SqlContext,
  tenant: TenantId,
  w: DashboardWindow,
): Promise<readonly { readonly decision: unknown; readonly count: number }[]> => {
  const rows = await ctx.db
    .selectFrom('messages')
    .select(['decision', (eb) => eb.fn.countAll().as('n')])
    .where('tenant_id', '=', tenant)
    .where('state', '=', 'blocked')
    .where('state_at', '>=', w.from)
    .where('state_at', '<', w.to)
    .groupBy('decision')
    .execute();
  return rows.map((r) => ({ decision: JSON.parse(r.decision) as unknown, count: Number(r.n) }));
};

export const complaintOptOutRows = async (
  ctx: SqlContext,
  tenant: TenantId,
  w: DashboardWindow,
): Promise<{ readonly complaints: number; readonly optOuts: number; readonly accounts: number }> => {
  const [complaints, optOuts, accounts] = await Promise.all([
    ctx.db
      .selectFrom('complaints')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('tenant_id', '=', tenant)
      .where('received_at', '>=', w.from)
      .where('received_at', '<', w.to)
      .executeTakeFirst(),
    ctx.db
      .selectFrom('suppressions')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('tenant_id', '=', tenant)
      .where('reason', '=', 'opt_out')
      .where('created_at', '>=', w.from)
      .where('created_at', '<', w.to)
      .executeTakeFirst(),
    ctx.db.selectFrom('accounts').select((eb) => eb.fn.countAll().as('n')).where('tenant_id', '=', tenant).executeTakeFirst(),
  ]);
  return { complaints: Number(complaints?.n ?? 0), optOuts: Number(optOuts?.n ?? 0), accounts: Number(accounts?.n ?? 0) };
};

export const thirdPartyContactRows = async (ctx: SqlContext, tenant: TenantId, w: DashboardWindow): Promise<ThirdPartyContacts> => {
  const perPerson = ctx.db
    .selectFrom('contact_events')
    .select(['person_id', (eb) => eb.fn.countAll().as('contacts')])
    .where('tenant_id', '=', tenant)
    .where('party', '=', 'third_party')
    .where('direction', '=', 'outbound')
    .where('person_id', 'is not', null)
    .where('at', '>=', w.from)
    .where('at', '<', w.to)
    .groupBy('person_id');
  const rows = await ctx.db
    .selectFrom(perPerson.as('p'))
    .select(['p.contacts', (eb) => eb.fn.countAll().as('people')])
    .groupBy('p.contacts')
    .orderBy('p.contacts')
    .execute();
  const distribution = rows.map((r) => ({ contacts: Number(r.contacts), people: Number(r.people) }));
  return {
    people: distribution.reduce((n, d) => n + d.people, 0),
    max: distribution.reduce((m, d) => Math.max(m, d.contacts), 0),
    distribution,
  };
};
