// Set-based reads for the planner and the decision context loader (PlanStore port):
// each takes a whole batch of accounts or people and runs one statement per chunk of
// ids. Numbers and names are decrypted lazily, only for the people actually contacted.
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { LedgerAggregate, LedgerRow, OverdueFilter, PlanAccountRow, PlanPersonRow, SuppressionRow } from '../../../app/ports/plan-store.js';
import type { ConfirmationState, SuppressionReason } from '../../../app/ports/store-records.js';
import type { BorrowerStatus, Channel, ContactResult, Direction, Party } from '../../../core/model/decision-request.js';
import { accountId, personId, type AccountId, type PersonId, type TenantId } from '../../../core/model/ids.js';
import type { AccountStatus, Locale, PersonRole } from '../../../core/model/import-record.js';
import type { AccountsTable } from './schema.js';
import { readerOf, tenantSalt, unseal, type SqlContext } from './sql-context.js';
import { inList } from './value-list.js';

const num = (v: number | null): number | undefined => (v === null ? undefined : Number(v));

// Parsed JSON lists repeat a lot (zones, flags, account id lists): parse each text once.
const parsedLists = new Map<string, readonly string[]>();
export const listOf = (text: string): readonly string[] => {
  let v = parsedLists.get(text);
  if (v === undefined) {
    v = Object.freeze(JSON.parse(text) as string[]);
    if (parsedLists.size > 50_000) parsedLists.clear();
    parsedLists.set(text, v);
  }
  return v;
};

const accountColumns = [
  'account_id',
  'product',
  'currency',
  'balance_minor',
  'overdue_minor',
  'due_date',
  'status',
  'flags',
  'debt_group',
  'borrower_status',
  'cease_received_at',
  'disputed_at',
  'verification_sent_at',
  'attorney_known_at',
] as const;

type AccountPick = Pick<AccountsTable, (typeof accountColumns)[number]>;

const toPlanAccount = (r: AccountPick): PlanAccountRow => ({
  id: accountId(r.account_id),
  product: r.product,
  currency: r.currency,
  balanceMinor: Number(r.balance_minor),
  overdueMinor: Number(r.overdue_minor),
  dueDate: r.due_date,
  status: r.status as AccountStatus,
  flags: listOf(r.flags),
  debtGroup: r.debt_group ?? undefined,
  borrowerStatus: (r.borrower_status ?? undefined) as BorrowerStatus | undefined,
  ceaseReceivedAt: num(r.cease_received_at),
  disputedAt: num(r.disputed_at),
  verificationSentAt: num(r.verification_sent_at),
  attorneyKnownAt: num(r.attorney_known_at),
});

/**
 * The accounts to read: with `dueDates`, those due on one of these dates; with
 * `unassigned`, those without an assignment in that experiment (and matching its
 * column conditions); with both, either.
 */
const overdueFilter = (ctx: SqlContext, tenant: TenantId, f: OverdueFilter): RawBuilder<SqlBool> | undefined => {
  const due = f.dueDates === undefined ? undefined : inList(ctx, 'due_date', f.dueDates);
  const u = f.unassigned;
  if (u === undefined) return due;
  const parts: RawBuilder<SqlBool>[] = [
    sql<SqlBool>`not exists (select 1 from experiment_assignments ea where ea.tenant_id = ${tenant} and ea.experiment_id = ${u.experiment} and ea.account_id = accounts.account_id)`,
  ];
  if (u.products !== undefined) parts.push(inList(ctx, 'product', u.products));
  if (u.minBalanceMinor !== undefined) parts.push(sql<SqlBool>`balance_minor >= ${u.minBalanceMinor}`);
  if (u.maxBalanceMinor !== undefined) parts.push(sql<SqlBool>`balance_minor <= ${u.maxBalanceMinor}`);
  if (u.dueFrom !== undefined) parts.push(sql<SqlBool>`due_date >= ${u.dueFrom}`);
  if (u.dueTo !== undefined) parts.push(sql<SqlBool>`due_date <= ${u.dueTo}`);
  const unassigned = sql<SqlBool>`(${sql.join(parts, sql` and `)})`;
  return due === undefined ? unassigned : sql<SqlBool>`(${due} or ${unassigned})`;
};

export const listOverdueAccountRows = async (
  ctx: SqlContext,
  tenant: TenantId,
  page: { readonly after?: AccountId; readonly limit: number } & OverdueFilter,
): Promise<readonly PlanAccountRow[]> => {
  const limit = Math.max(1, Math.min(10_000, Math.floor(page.limit)));
  let q = readerOf(ctx).selectFrom('accounts').select(accountColumns).where('tenant_id', '=', tenant).where('status', '=', 'overdue');
  if (page.after !== undefined) q = q.where('account_id', '>', page.after);
  const f = overdueFilter(ctx, tenant, page);
  if (f !== undefined) q = q.where(f);
  return (await q.orderBy('account_id').limit(limit).execute()).map(toPlanAccount);
};

export const countOverdueRows = async (ctx: SqlContext, tenant: TenantId, filter: OverdueFilter = {}): Promise<number> => {
  let q = ctx.db
    .selectFrom('accounts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('tenant_id', '=', tenant)
    .where('status', '=', 'overdue');
  const f = overdueFilter(ctx, tenant, filter);
  if (f !== undefined) q = q.where(f);
  const r = await q.executeTakeFirst();
  return Number(r?.n ?? 0);
};

export const getPlanAccountRows = async (ctx: SqlContext, tenant: TenantId, ids: readonly AccountId[]): Promise<readonly PlanAccountRow[]> => {
  if (ids.length === 0) return [];
  const rows = await ctx.db.selectFrom('accounts').select(accountColumns).where('tenant_id', '=', tenant).where(inList(ctx, 'account_id', ids)).execute();
  return rows.map(toPlanAccount);
};

export const listPlanPeopleRows = async (ctx: SqlContext, tenant: TenantId, accounts: readonly AccountId[]): Promise<readonly PlanPersonRow[]> => {
  const out: PlanPersonRow[] = [];
  if (accounts.length === 0) return out;
  const rows = await readerOf(ctx)
    .selectFrom('account_people as l')
    .innerJoin('people as p', (j) => j.onRef('p.tenant_id', '=', 'l.tenant_id').onRef('p.person_id', '=', 'l.person_id'))
    .select([
      'l.account_id',
      'l.person_id',
      'l.role',
      'l.position',
      'l.time_zones',
      'l.locale',
      'l.confirmation',
      'l.confirmation_at',
      'l.suppressed_at as link_suppressed_at',
      'l.name_enc',
      'p.phone_enc',
      'p.suppressed_at as person_suppressed_at',
    ])
    .where('l.tenant_id', '=', tenant)
    .where(inList(ctx, 'l.account_id', accounts))
    .orderBy('l.account_id')
    .orderBy('l.position')
    .execute();
  for (const r of rows) {
    const a = num(r.link_suppressed_at);
    const b = num(r.person_suppressed_at);
    out.push({
      accountId: accountId(r.account_id),
      personId: personId(r.person_id),
      role: r.role as PersonRole,
      position: Number(r.position),
      timeZones: listOf(r.time_zones),
      locale: r.locale as Locale,
      confirmation: r.confirmation as ConfirmationState,
      confirmationAt: num(r.confirmation_at),
      suppressedAt: a === undefined ? b : b === undefined ? a : Math.min(a, b),
      phone: () => unseal(ctx, tenant, 'people.phone', r.phone_enc),
      name: () => unseal(ctx, tenant, 'account_people.name', r.name_enc),
    });
  }
  return out;
};

export const listLedgerSinceRows = async (ctx: SqlContext, tenant: TenantId, people: readonly PersonId[], since: number): Promise<readonly LedgerRow[]> => {
  const out: LedgerRow[] = [];
  if (people.length === 0) return out;
  const rows = await readerOf(ctx)
    .selectFrom('contact_events')
    .select(['event_id', 'at', 'channel', 'direction', 'person_id', 'party', 'account_ids', 'result', 'purpose'])
    .where('tenant_id', '=', tenant)
    .where(inList(ctx, 'person_id', people))
    .where('at', '>=', since)
    .execute();
  for (const r of rows) {
    out.push({
      id: r.event_id,
      at: Number(r.at),
      channel: r.channel as Channel,
      direction: r.direction as Direction,
      personId: personId(r.person_id as string),
      party: r.party as Party,
      accountIds: listOf(r.account_ids),
      result: r.result as ContactResult,
      purpose: r.purpose ?? undefined,
    });
  }
  return out.sort((x, y) => y.at - x.at);
};

export const ledgerAggregateRows = async (ctx: SqlContext, tenant: TenantId, people: readonly PersonId[], before: number): Promise<readonly LedgerAggregate[]> => {
  const out: LedgerAggregate[] = [];
  if (people.length === 0) return out;
  const rows = await readerOf(ctx)
    .selectFrom('contact_events')
    .select(['person_id', 'account_ids', 'channel', 'direction', 'party', 'result', 'purpose'])
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('at').as('last_at')])
    .where('tenant_id', '=', tenant)
    .where(inList(ctx, 'person_id', people))
    .where('at', '<', before)
    .groupBy(['person_id', 'account_ids', 'channel', 'direction', 'party', 'result', 'purpose'])
    .execute();
  for (const r of rows) {
    out.push({
      personId: personId(r.person_id as string),
      accountIds: listOf(r.account_ids),
      channel: r.channel as Channel,
      direction: r.direction as Direction,
      party: r.party as Party,
      result: r.result as ContactResult,
      purpose: r.purpose ?? undefined,
      count: Number(r.n),
      lastAt: Number(r.last_at),
    });
  }
  return out;
};

export const listSuppressionRowsFor = async (
  ctx: SqlContext,
  tenant: TenantId,
  people: readonly PersonId[],
): Promise<readonly SuppressionRow[]> => {
  const salt = await tenantSalt(ctx, tenant);
  if (salt === undefined || people.length === 0) return [];
  const out: SuppressionRow[] = [];
  const phones = await ctx.db.selectFrom('people').select(['person_id', 'phone_enc']).where('tenant_id', '=', tenant).where(inList(ctx, 'person_id', people)).execute();
  const byHash = new Map<string, PersonId>();
  for (const p of phones) byHash.set(ctx.cipher.suppressionHash(salt, unseal(ctx, tenant, 'people.phone', p.phone_enc)), personId(p.person_id));
  if (byHash.size === 0) return out;
  const rows = await ctx.db
    .selectFrom('suppressions')
    .select(['hash', 'scope', 'reason', 'created_at'])
    .where('tenant_id', '=', tenant)
    .where(inList(ctx, 'hash', [...byHash.keys()]))
    .execute();
  for (const r of rows) {
    out.push({
      personId: byHash.get(r.hash) as PersonId,
      accountId: r.scope === '' ? undefined : accountId(r.scope),
      reason: r.reason as SuppressionReason,
      at: Number(r.created_at),
    });
  }
  return out;
};

export const lastPaymentRows = async (ctx: SqlContext, tenant: TenantId, accounts: readonly AccountId[]): Promise<ReadonlyMap<string, number>> => {
  const out = new Map<string, number>();
  if (accounts.length === 0) return out;
  const rows = await readerOf(ctx)
    .selectFrom('payments')
    .select(['account_id'])
    .select((eb) => eb.fn.max('paid_at').as('last_at'))
    .where('tenant_id', '=', tenant)
    .where(inList(ctx, 'account_id', accounts))
    .groupBy('account_id')
    .execute();
  for (const r of rows) out.set(r.account_id, Number(r.last_at));
  return out;
};
