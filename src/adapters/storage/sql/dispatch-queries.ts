// The dispatcher's queries (port: src/app/ports/dispatch-store.ts, docs/dispatcher.md).
// Every function runs on the caller's transaction context. The journal table
// `dispatch_attempts` (migration 0006) is typed locally so schema.ts stays untouched.
import { sql, type Kysely } from 'kysely';
import type {
  ClaimedMessage,
  ClaimOptions,
  ClaimSettlement,
  DispatchStatus,
  ReconcileReport,
  SendResult,
  StartSending,
} from '../../../app/ports/dispatch-store.js';
import { canonicalJson } from '../../../core/canonical-json.js';
import type { Channel, Party } from '../../../core/model/decision-request.js';
import { accountId, messageId, personId, type AccountId, type TenantId } from '../../../core/model/ids.js';
import { appendAuditIn } from './audit-queries.js';
import { listValue, runSql, sqlTextOnce } from './compiled-sql.js';
import type { ContactEventsTable, Database } from './schema.js';
import { seal, unsealOptional, type SqlContext } from './sql-context.js';
import { inList } from './value-list.js';

interface DispatchAttemptsTable {
  tenant_id: string;
  message_id: string;
  attempt: number;
  worker: string;
  claimed_at: number;
  outcome: string | null;
  reason: string | null;
  provider_id: string | null;
  outcome_at: number | null;
}
type Db = Kysely<Database & { dispatch_attempts: DispatchAttemptsTable }>;
const dbOf = (ctx: SqlContext): Db => ctx.db.withTables<{ dispatch_attempts: DispatchAttemptsTable }>();

const sortedUnique = (xs: Iterable<string>): string[] => [...new Set(xs)].sort();

// What a claim reads of a message (DueMessage), oldest first, as arrays (the positions
// in claimDueIn are the select list's); PostgreSQL skips rows another worker holds.
const claimQuery = (ctx: SqlContext) => {
  let q = ctx.db
    .selectFrom('messages')
    .select(['message_id', 'account_ids', 'person_id', 'person_hash', 'party', 'channel', 'purpose', 'to_enc', 'body_enc', 'decision', 'attempts'])
    .where('tenant_id', '=', '')
    .where('state', '=', 'planned')
    .where('scheduled_at', '<=', 0)
    .orderBy('scheduled_at')
    .limit(1);
  if (ctx.caps.supportsSkipLocked) q = q.forUpdate().skipLocked();
  return q.compile();
};

// Serialise per recipient and per account (PostgreSQL): sorted, so workers never deadlock.
const lockQuery = (ctx: SqlContext, table: 'people' | 'accounts', column: 'person_id' | 'account_id') => sql`select ${sql.ref(column)}
  from ${sql.table(table)} where tenant_id = ${''} and ${inList(ctx, column, [])} order by ${sql.ref(column)} for update`.compile(ctx.db);

export const claimDueIn = async (ctx: SqlContext, tenant: TenantId, o: ClaimOptions): Promise<readonly ClaimedMessage[]> => {
  const claim = sqlTextOnce(ctx, 'dispatch-claim', 4, () => claimQuery(ctx));
  const rows = await ctx.rows.arrays(ctx.db, claim, [tenant, 'planned', o.now, Math.max(1, Math.min(1000, o.limit))]);
  if (rows.length === 0) return [];
  const accountLists = rows.map((r) => (JSON.parse(r[1] as string) as string[]).map(accountId));
  if (ctx.caps.supportsForUpdate) {
    // A worker that claimed another message of the same person waits here until that
    // worker's ledger row is committed.
    const people = sortedUnique(rows.flatMap((r) => (r[2] === null ? [] : [r[2] as string])));
    if (people.length > 0) {
      await runSql(ctx.db, sqlTextOnce(ctx, 'dispatch-lock-people', 2, () => lockQuery(ctx, 'people', 'person_id')), [tenant, listValue(ctx, people)]);
    }
    const accounts = sortedUnique(accountLists.flat());
    await runSql(ctx.db, sqlTextOnce(ctx, 'dispatch-lock-accounts', 2, () => lockQuery(ctx, 'accounts', 'account_id')), [tenant, listValue(ctx, accounts)]);
  }
  return rows.map((r, i) => {
    const to = unsealOptional(ctx, tenant, 'messages.to', r[7] as string | null);
    const body = unsealOptional(ctx, tenant, 'messages.body', r[8] as string | null);
    return {
      id: messageId(r[0] as string),
      accountIds: accountLists[i] as AccountId[],
      ...(r[2] === null ? {} : { personId: personId(r[2] as string) }),
      ...(r[3] === null ? {} : { personHash: r[3] as string }),
      party: r[4] as Party,
      channel: r[5] as Channel,
      purpose: r[6] as string,
      ...(to === undefined ? {} : { to }),
      ...(body === undefined ? {} : { body }),
      decision: JSON.parse(r[9] as string) as unknown,
      attempts: Number(r[10]),
    };
  });
};

/** A parameter placeholder in statements run once per row (`ctx.rows.each`). */
const _ = null;

// One statement for the claim, compiled once. `coalesce(state, '')` (state is never
// null) keeps SQLite's planner, which has no statistics, on the primary key: on
// `state = …` it picks messages_due_ix and reads every planned message of the tenant.
const startQuery = (ctx: SqlContext) => sql`update messages set state = 'sending', attempts = attempts + 1,
    state_at = ${0}, updated_at = ${0}
  where tenant_id = ${''} and ${inList(ctx, 'message_id', [])} and coalesce(state, '') = 'planned'`.compile(ctx.db);

export const startSendingIn = async (
  ctx: SqlContext,
  tenant: TenantId,
  items: readonly StartSending[],
  worker: string,
  now: number,
): Promise<void> => {
  if (items.length === 0) return;
  const start = sqlTextOnce(ctx, 'dispatch-start-sending', 4, () => startQuery(ctx));
  await runSql(ctx.db, start, [now, now, tenant, listValue(ctx, items.map((i) => i.message.id))]);
  const journal: DispatchAttemptsTable[] = items.map((i) => ({
    tenant_id: tenant, message_id: i.message.id, attempt: i.attempt, worker, claimed_at: now,
    outcome: null, reason: null, provider_id: null, outcome_at: null,
  }));
  await ctx.rows.insert(ctx.db, 'dispatch_attempts' as never, journal as never[]);
  // The attempt counts against every cap from this commit on, whatever happens next.
  const ledger: ContactEventsTable[] = items.map(({ message: m }) => ({
    tenant_id: tenant, event_id: ctx.newId(), at: now, channel: m.channel, direction: 'outbound',
    person_id: m.personId ?? null, person_hash: m.personHash ?? null, party: m.party,
    account_ids: canonicalJson(m.accountIds), result: 'sent',
    to_enc: m.to === undefined ? null : seal(ctx, tenant, 'contact_events.to', m.to),
    body_enc: null, purpose: m.purpose, actor: 'dispatcher', message_id: m.id, provider_id: null, created_at: now,
  }));
  await ctx.rows.insert(ctx.db, 'contact_events', ledger);
  await appendAuditIn(ctx, tenant, {
    actor: `dispatcher:${worker}`, type: 'messages.claimed', subject: `tenant:${tenant}`,
    data: { count: items.length, messageIds: items.map((i) => i.message.id) },
  });
};

export const settleClaimsIn = async (ctx: SqlContext, tenant: TenantId, items: readonly ClaimSettlement[], now: number): Promise<void> => {
  if (items.length === 0) return;
  const settle = sql`update messages set state = ${_}, decision = ${_}, state_at = ${_}, updated_at = ${_},
      scheduled_at = coalesce(${_}, scheduled_at)
    where tenant_id = ${_} and message_id = ${_} and state = 'planned'`;
  await ctx.rows.each(ctx.db, settle.compile(ctx.db).sql, items.map((s) => [
    s.state, canonicalJson(s.decision ?? null), now, now, s.scheduledAt ?? null, tenant, s.messageId,
  ]));
  const byState: Record<string, number> = {};
  for (const s of items) byState[s.state] = (byState[s.state] ?? 0) + 1;
  await appendAuditIn(ctx, tenant, {
    actor: 'dispatcher', type: 'messages.redecided', subject: `tenant:${tenant}`,
    data: { byState, messageIds: items.map((i) => i.messageId) },
  });
};

export const recordSendResultsIn = async (ctx: SqlContext, tenant: TenantId, results: readonly SendResult[], now: number): Promise<void> => {
  if (results.length === 0) return;
  // A message row changes only while it is `sending` or `unknown` for that attempt.
  const message = sql`update messages set state = ${_}, state_at = ${_}, updated_at = ${_},
      provider_id = coalesce(${_}, provider_id), scheduled_at = coalesce(${_}, scheduled_at)
    where tenant_id = ${_} and message_id = ${_} and attempts = ${_} and state in ('sending', 'unknown')`;
  await ctx.rows.each(ctx.db, message.compile(ctx.db).sql, results.map((r) => [
    r.state, now, now, r.providerId ?? null, r.retryAt ?? null, tenant, r.messageId, r.attempt,
  ]));
  const attempt = sql`update dispatch_attempts set outcome = ${_}, reason = ${_}, provider_id = ${_}, outcome_at = ${_}
    where tenant_id = ${_} and message_id = ${_} and attempt = ${_}`;
  await ctx.rows.each(ctx.db, attempt.compile(ctx.db).sql, results.map((r) => [
    r.outcome, r.reason ?? null, r.providerId ?? null, now, tenant, r.messageId, r.attempt,
  ]));
  // Proven not accepted: the ledger row stays but stops counting (result 'failed').
  const refused = sql`update contact_events set result = 'failed' where tenant_id = ${_} and message_id = ${_} and result = 'sent'`;
  await ctx.rows.each(ctx.db, refused.compile(ctx.db).sql, results.flatMap((r) => (r.outcome === 'not_accepted' ? [[tenant, r.messageId]] : [])));
  const accepted = sql`update contact_events set provider_id = ${_} where tenant_id = ${_} and message_id = ${_} and result = 'sent'`;
  await ctx.rows.each(ctx.db, accepted.compile(ctx.db).sql, results.flatMap((r) => (
    r.outcome === 'not_accepted' || r.providerId === undefined ? [] : [[r.providerId, tenant, r.messageId]]
  )));
  const byState: Record<string, number> = {};
  for (const r of results) byState[r.state] = (byState[r.state] ?? 0) + 1;
  await appendAuditIn(ctx, tenant, {
    actor: 'dispatcher', type: 'messages.send_results', subject: `tenant:${tenant}`,
    data: { byState, messageIds: results.map((r) => r.messageId) },
  });
};

export const reconcileExpiredIn = async (ctx: SqlContext, tenant: TenantId, claimedBefore: number, now: number): Promise<ReconcileReport> => {
  const db = dbOf(ctx);
  let q = ctx.db.selectFrom('messages').select(['message_id', 'attempts', 'provider_id'])
    .where('tenant_id', '=', tenant).where('state', '=', 'sending').where('state_at', '<', claimedBefore);
  if (ctx.caps.supportsSkipLocked) q = q.forUpdate().skipLocked();
  const rows = await q.execute();
  let sent = 0;
  let unknown = 0;
  for (const r of rows) {
    // An accepted id is evidence of acceptance; without one nothing proves either way.
    const state = r.provider_id === null ? 'unknown' : 'sent';
    if (state === 'sent') sent += 1;
    else unknown += 1;
    await ctx.db.updateTable('messages').set({ state, state_at: now, updated_at: now })
      .where('tenant_id', '=', tenant).where('message_id', '=', r.message_id).where('state', '=', 'sending').execute();
    await db.updateTable('dispatch_attempts')
      .set({ outcome: state === 'sent' ? 'accepted' : 'lease_expired', outcome_at: now })
      .where('tenant_id', '=', tenant).where('message_id', '=', r.message_id).where('attempt', '=', Number(r.attempts))
      .where('outcome', 'is', null).execute();
  }
  if (rows.length > 0) {
    await appendAuditIn(ctx, tenant, {
      actor: 'dispatcher', type: 'messages.reconciled', subject: `tenant:${tenant}`,
      data: { sent, unknown, messageIds: rows.map((r) => r.message_id) },
    });
  }
  return { sent, unknown };
};

const quantile = (sorted: readonly number[], q: number): number =>
  sorted.length === 0 ? 0 : (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);

export const dispatchStatusIn = async (ctx: SqlContext, tenant: TenantId, now: number): Promise<DispatchStatus> => {
  const db = dbOf(ctx);
  const states = await ctx.db.selectFrom('messages').select(['state', (eb) => eb.fn.countAll<string | number>().as('n')])
    .where('tenant_id', '=', tenant).groupBy('state').execute();
  const byState: Record<string, number> = {};
  for (const s of states) byState[s.state] = Number(s.n);
  const depth = await countDueIn(ctx, tenant, now);
  const blockedByRule: Record<string, number> = {};
  const blocked = await ctx.db.selectFrom('messages').select('decision').where('tenant_id', '=', tenant).where('state', '=', 'blocked').execute();
  for (const b of blocked) {
    const d = JSON.parse(b.decision) as { violations?: readonly { rule?: string }[] } | null;
    for (const v of d?.violations ?? []) {
      const rule = v.rule ?? 'unknown';
      blockedByRule[rule] = (blockedByRule[rule] ?? 0) + 1;
    }
  }
  const lat = await db.selectFrom('dispatch_attempts as a')
    .innerJoin('messages as m', (j) => j.onRef('m.tenant_id', '=', 'a.tenant_id').onRef('m.message_id', '=', 'a.message_id'))
    .select(['a.outcome_at', 'm.created_at'])
    .where('a.tenant_id', '=', tenant).where('a.outcome', '=', 'accepted').execute();
  const ms = lat.map((r) => Number(r.outcome_at) - Number(r.created_at)).sort((a, b) => a - b);
  return {
    byState,
    queueDepth: depth,
    blockedByRule,
    planToSendMs: { count: ms.length, p50: quantile(ms, 0.5), p95: quantile(ms, 0.95), max: ms.at(-1) ?? 0 },
  };
};

export const countDueIn = async (ctx: SqlContext, tenant: TenantId, now: number): Promise<number> => {
  const r = await ctx.db.selectFrom('messages').select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('tenant_id', '=', tenant).where('state', '=', 'planned').where('scheduled_at', '<=', now).executeTakeFirst();
  return Number(r?.n ?? 0);
};

export const withPlannerLockIn = async <T>(
  ctx: SqlContext,
  tenant: TenantId,
  businessDate: string,
  fn: () => Promise<T>,
): Promise<T | undefined> => {
  if (!ctx.caps.supportsAdvisoryLocks) return fn();
  const key = `tact-planner:${tenant}:${businessDate}`;
  // A session lock on a connection held for the whole plan (the plan's own writes use others).
  return ctx.db.connection().execute(async (conn) => {
    const got = await sql<{ ok: boolean }>`select pg_try_advisory_lock(hashtextextended(${key}, 0)) as ok`.execute(conn);
    if (got.rows[0]?.ok !== true) return undefined;
    try {
      return await fn();
    } finally {
      await sql`select pg_advisory_unlock(hashtextextended(${key}, 0))`.execute(conn);
    }
  });
};
