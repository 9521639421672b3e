// Set-based reads for the planner and the decision context loader (PlanStore port):
// each takes a whole batch of accounts or people and runs one statement per chunk of
// ids. Numbers and names are decrypted lazily, only for the people actually contacted.
import type { LedgerAggregate, LedgerRow, PlanAccountRow, PlanInsertResult, PlanPersonRow, SuppressionRow } from '../../../app/ports/plan-store.js';
import type { ConfirmationState, MessageRecord, NewMessage, SuppressionReason } from '../../../app/ports/store-records.js';
import { canonicalJson } from '../../../core/canonical-json.js';
import type { BorrowerStatus, Channel, ContactResult, Direction, Party } from '../../../core/model/decision-request.js';
import { accountId, personId, type AccountId, type PersonId, type TenantId } from '../../../core/model/ids.js';
import type { AccountStatus, Locale, PersonRole } from '../../../core/model/import-record.js';
import { appendAuditIn } from './audit-queries.js';
import { toMessage } from './message-queries.js';
import type { AccountsTable, MessagesTable } from './schema.js';
import { chunksFor, seal, tenantSalt, unseal, type SqlContext } from './sql-context.js';

const num = (v: number | null): number | undefined => (v === null ? undefined : Number(v));

// Parsed JSON lists repeat a lot (zones, flags, account id lists): parse each text once.
const parsedLists = new Map<string, readonly string[]>();
const listOf = (text: string): readonly string[] => {
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

export const listOverdueAccountRows = async (
  ctx: SqlContext,
  tenant: TenantId,
  page: { readonly after?: AccountId; readonly limit: number },
): Promise<readonly PlanAccountRow[]> => {
  const limit = Math.max(1, Math.min(10_000, Math.floor(page.limit)));
  let q = ctx.db.selectFrom('accounts').select(accountColumns).where('tenant_id', '=', tenant).where('status', '=', 'overdue');
  if (page.after !== undefined) q = q.where('account_id', '>', page.after);
  return (await q.orderBy('account_id').limit(limit).execute()).map(toPlanAccount);
};

export const countOverdueRows = async (ctx: SqlContext, tenant: TenantId): Promise<number> => {
  const r = await ctx.db
    .selectFrom('accounts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('tenant_id', '=', tenant)
    .where('status', '=', 'overdue')
    .executeTakeFirst();
  return Number(r?.n ?? 0);
};

export const getPlanAccountRows = async (ctx: SqlContext, tenant: TenantId, ids: readonly AccountId[]): Promise<readonly PlanAccountRow[]> => {
  const out: PlanAccountRow[] = [];
  for (const chunk of chunksFor(ctx, ids, 1)) {
    const rows = await ctx.db.selectFrom('accounts').select(accountColumns).where('tenant_id', '=', tenant).where('account_id', 'in', chunk).execute();
    for (const r of rows) out.push(toPlanAccount(r));
  }
  return out;
};

export const listPlanPeopleRows = async (ctx: SqlContext, tenant: TenantId, accounts: readonly AccountId[]): Promise<readonly PlanPersonRow[]> => {
  const out: PlanPersonRow[] = [];
  for (const chunk of chunksFor(ctx, accounts, 1)) {
    const rows = await ctx.db
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
      .where('l.account_id', 'in', chunk)
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
  }
  return out;
};

export const listLedgerSinceRows = async (ctx: SqlContext, tenant: TenantId, people: readonly PersonId[], since: number): Promise<readonly LedgerRow[]> => {
  const out: LedgerRow[] = [];
  for (const chunk of chunksFor(ctx, people, 1)) {
    const rows = await ctx.db
      .selectFrom('contact_events')
      .select(['event_id', 'at', 'channel', 'direction', 'person_id', 'party', 'account_ids', 'result', 'purpose'])
      .where('tenant_id', '=', tenant)
      .where('person_id', 'in', chunk)
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
  }
  return out.sort((x, y) => y.at - x.at);
};

export const ledgerAggregateRows = async (ctx: SqlContext, tenant: TenantId, people: readonly PersonId[], before: number): Promise<readonly LedgerAggregate[]> => {
  const out: LedgerAggregate[] = [];
  for (const chunk of chunksFor(ctx, people, 1)) {
    const rows = await ctx.db
      .selectFrom('contact_events')
      .select(['person_id', 'account_ids', 'channel', 'direction', 'party', 'result', 'purpose'])
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('at').as('last_at')])
      .where('tenant_id', '=', tenant)
      .where('person_id', 'in', chunk)
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
  for (const chunk of chunksFor(ctx, people, 1)) {
    const phones = await ctx.db.selectFrom('people').select(['person_id', 'phone_enc']).where('tenant_id', '=', tenant).where('person_id', 'in', chunk).execute();
    const byHash = new Map<string, PersonId>();
    for (const p of phones) byHash.set(ctx.cipher.suppressionHash(salt, unseal(ctx, tenant, 'people.phone', p.phone_enc)), personId(p.person_id));
    if (byHash.size === 0) continue;
    const rows = await ctx.db
      .selectFrom('suppressions')
      .select(['hash', 'scope', 'reason', 'created_at'])
      .where('tenant_id', '=', tenant)
      .where('hash', 'in', [...byHash.keys()])
      .execute();
    for (const r of rows) {
      out.push({
        personId: byHash.get(r.hash) as PersonId,
        accountId: r.scope === '' ? undefined : accountId(r.scope),
        reason: r.reason as SuppressionReason,
        at: Number(r.created_at),
      });
    }
  }
  return out;
};

export const lastPaymentRows = async (ctx: SqlContext, tenant: TenantId, accounts: readonly AccountId[]): Promise<ReadonlyMap<string, number>> => {
  const out = new Map<string, number>();
  for (const chunk of chunksFor(ctx, accounts, 1)) {
    const rows = await ctx.db
      .selectFrom('payments')
      .select(['account_id'])
      .select((eb) => eb.fn.max('paid_at').as('last_at'))
      .where('tenant_id', '=', tenant)
      .where('account_id', 'in', chunk)
      .groupBy('account_id')
      .execute();
    for (const r of rows) out.set(r.account_id, Number(r.last_at));
  }
  return out;
};

export const existingPlanKeyRows = async (ctx: SqlContext, tenant: TenantId, keys: readonly string[]): Promise<ReadonlySet<string>> => {
  const out = new Set<string>();
  for (const chunk of chunksFor(ctx, keys, 1)) {
    const rows = await ctx.db.selectFrom('messages').select('plan_key').where('tenant_id', '=', tenant).where('plan_key', 'in', chunk).execute();
    for (const r of rows) if (r.plan_key !== null) out.add(r.plan_key);
  }
  return out;
};

export const listAccountMessageRows = async (ctx: SqlContext, tenant: TenantId, account: AccountId): Promise<readonly MessageRecord[]> =>
  (
    await ctx.db
      .selectFrom('messages')
      .selectAll()
      .where('tenant_id', '=', tenant)
      .where('account_id', '=', account)
      .orderBy('scheduled_at')
      .orderBy('message_id')
      .execute()
  ).map((r) => toMessage(ctx, tenant, r));

export const usedCodeRows = async (ctx: SqlContext, tenant: TenantId, codes: readonly string[]): Promise<ReadonlySet<string>> => {
  const out = new Set<string>();
  for (const chunk of chunksFor(ctx, codes, 1)) {
    const rows = await ctx.db.selectFrom('messages').select('verification_code').where('tenant_id', '=', tenant).where('verification_code', 'in', chunk).execute();
    for (const r of rows) out.add(r.verification_code);
  }
  return out;
};

export const insertPlannedIn = async (ctx: SqlContext, tenant: TenantId, messages: readonly NewMessage[], actor: string): Promise<PlanInsertResult> => {
  const now = ctx.now();
  const rows: MessagesTable[] = messages.map((m) => {
    const first = m.accountIds[0];
    if (first === undefined || m.planKey === undefined) throw new Error('insertPlannedMessages: a message needs an account and a planKey');
    return {
      tenant_id: tenant,
      message_id: ctx.newId(),
      account_id: first,
      account_ids: canonicalJson(m.accountIds),
      person_id: m.personId,
      person_hash: null,
      party: m.party,
      channel: m.channel,
      purpose: m.purpose,
      template_id: m.templateId ?? null,
      to_enc: seal(ctx, tenant, 'messages.to', m.to),
      body_enc: seal(ctx, tenant, 'messages.body', m.body),
      state: m.state,
      decision: canonicalJson(m.decision ?? null),
      scheduled_at: m.scheduledAt,
      verification_code: m.verificationCode,
      plan_key: m.planKey,
      provider_id: null,
      attempts: 0,
      state_at: now,
      created_at: now,
      updated_at: now,
    };
  });
  let inserted = 0;
  for (const chunk of chunksFor(ctx, rows, 22)) {
    const res = await ctx.db
      .insertInto('messages')
      .values(chunk)
      .onConflict((oc) => oc.columns(['tenant_id', 'plan_key']).doNothing())
      .executeTakeFirst();
    inserted += Number(res.numInsertedOrUpdatedRows ?? 0n);
  }
  if (inserted > 0) {
    const byState: Record<string, number> = {};
    for (const r of rows) byState[r.state] = (byState[r.state] ?? 0) + 1;
    await appendAuditIn(ctx, tenant, { actor, type: 'messages.planned', subject: `tenant:${tenant}`, data: { offered: rows.length, inserted, byState } });
  }
  return { inserted, alreadyPlanned: rows.length - inserted };
};
