// Set-based reads for the planner and the decision context loader (PlanStore port):
// each takes a whole batch of accounts or people and runs one statement per chunk of
// ids. Numbers and names are decrypted lazily, only for the people actually contacted.
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { LedgerAggregate, LedgerRow, OverdueFilter, PlanAccountRow, PlanPersonRow, SuppressionRow } from '../../../app/ports/plan-store.js';
import type { ConfirmationState, SuppressionReason } from '../../../app/ports/store-records.js';
import type { BorrowerStatus, Channel, ContactResult, Direction, Party } from '../../../core/model/decision-request.js';
import { accountId, personId, type AccountId, type PersonId, type TenantId } from '../../../core/model/ids.js';
import type { AccountStatus, Locale, PersonRole } from '../../../core/model/import-record.js';
import { readArrays, tenantSalt, unseal, type SqlContext } from './sql-context.js';
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

// The reads below take their rows as arrays (readArrays): the cells are in select-list
// order, so each reader names its columns once, in the select, and reads them by position.
type Cells = readonly unknown[];
const str = (v: unknown): string => v as string;
const orUndefined = (v: unknown): string | undefined => (v === null ? undefined : (v as string));

/** An account row as selected with `accountColumns` (the dispatcher's read selects the same first 14 cells). */
export const toPlanAccount = (r: Cells): PlanAccountRow => ({
  id: accountId(str(r[0])),
  product: str(r[1]),
  currency: str(r[2]),
  balanceMinor: Number(r[3]),
  overdueMinor: Number(r[4]),
  dueDate: str(r[5]),
  status: r[6] as AccountStatus,
  flags: listOf(str(r[7])),
  debtGroup: orUndefined(r[8]),
  borrowerStatus: orUndefined(r[9]) as BorrowerStatus | undefined,
  ceaseReceivedAt: num(r[10] as number | null),
  disputedAt: num(r[11] as number | null),
  verificationSentAt: num(r[12] as number | null),
  attorneyKnownAt: num(r[13] as number | null),
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
  let q = ctx.db.selectFrom('accounts').select(accountColumns).where('tenant_id', '=', tenant).where('status', '=', 'overdue');
  if (page.after !== undefined) q = q.where('account_id', '>', page.after);
  const f = overdueFilter(ctx, tenant, page);
  if (f !== undefined) q = q.where(f);
  return (await readArrays(ctx, q.orderBy('account_id').limit(limit).compile())).map(toPlanAccount);
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
  const q = ctx.db.selectFrom('accounts').select(accountColumns).where('tenant_id', '=', tenant).where(inList(ctx, 'account_id', ids)).compile();
  return (await ctx.rows.arrays(ctx.db, q.sql, q.parameters)).map(toPlanAccount);
};

export const listPlanPeopleRows = async (ctx: SqlContext, tenant: TenantId, accounts: readonly AccountId[]): Promise<readonly PlanPersonRow[]> => {
  const out: PlanPersonRow[] = [];
  if (accounts.length === 0) return out;
  const q = ctx.db
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
    .compile();
  for (const r of await readArrays(ctx, q)) {
    const a = num(r[8] as number | null);
    const b = num(r[11] as number | null);
    const nameEnc = str(r[9]);
    const phoneEnc = str(r[10]);
    out.push({
      accountId: accountId(str(r[0])),
      personId: personId(str(r[1])),
      role: r[2] as PersonRole,
      position: Number(r[3]),
      timeZones: listOf(str(r[4])),
      locale: r[5] as Locale,
      confirmation: r[6] as ConfirmationState,
      confirmationAt: num(r[7] as number | null),
      suppressedAt: a === undefined ? b : b === undefined ? a : Math.min(a, b),
      phone: () => unseal(ctx, tenant, 'people.phone', phoneEnc),
      name: () => unseal(ctx, tenant, 'account_people.name', nameEnc),
    });
  }
  return out;
};

export const listLedgerSinceRows = async (ctx: SqlContext, tenant: TenantId, people: readonly PersonId[], since: number): Promise<readonly LedgerRow[]> => {
  const out: LedgerRow[] = [];
  if (people.length === 0) return out;
  const q = ctx.db
    .selectFrom('contact_events')
    .select(['event_id', 'at', 'channel', 'direction', 'person_id', 'party', 'account_ids', 'result', 'purpose'])
    .where('tenant_id', '=', tenant)
    .where(inList(ctx, 'person_id', people))
    .where('at', '>=', since)
    .compile();
  for (const r of await readArrays(ctx, q)) {
    out.push({
      id: str(r[0]),
      at: Number(r[1]),
      channel: r[2] as Channel,
      direction: r[3] as Direction,
      personId: personId(str(r[4])),
      party: r[5] as Party,
      accountIds: listOf(str(r[6])),
      result: r[7] as ContactResult,
      purpose: orUndefined(r[8]),
    });
  }
  return out.sort((x, y) => y.at - x.at);
};

export const ledgerAggregateRows = async (ctx: SqlContext, tenant: TenantId, people: readonly PersonId[], before: number): Promise<readonly LedgerAggregate[]> => {
  const out: LedgerAggregate[] = [];
  if (people.length === 0) return out;
  const q = ctx.db
    .selectFrom('contact_events')
    .select(['person_id', 'account_ids', 'channel', 'direction', 'party', 'result', 'purpose'])
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('at').as('last_at')])
    .where('tenant_id', '=', tenant)
    .where(inList(ctx, 'person_id', people))
    .where('at', '<', before)
    .groupBy(['person_id', 'account_ids', 'channel', 'direction', 'party', 'result', 'purpose'])
    .compile();
  for (const r of await readArrays(ctx, q)) {
    out.push({
      personId: personId(str(r[0])),
      accountIds: listOf(str(r[1])),
      channel: r[2] as Channel,
      direction: r[3] as Direction,
      party: r[4] as Party,
      result: r[5] as ContactResult,
      purpose: orUndefined(r[6]),
      count: Number(r[7]),
      lastAt: Number(r[8]),
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
  const q = ctx.db
    .selectFrom('payments')
    .select(['account_id'])
    .select((eb) => eb.fn.max('paid_at').as('last_at'))
    .where('tenant_id', '=', tenant)
    .where(inList(ctx, 'account_id', accounts))
    .groupBy('account_id')
    .compile();
  for (const r of await readArrays(ctx, q)) out.set(str(r[0]), Number(r[1]));
  return out;
};
