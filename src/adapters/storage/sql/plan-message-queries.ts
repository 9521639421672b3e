// The planner's side of the outbox: which plan keys and codes exist, an account's
// messages, and the idempotent insert (on conflict (tenant_id, plan_key) do nothing).
import type { PlanInsertResult } from '../../../app/ports/plan-store.js';
import type { MessageRecord, NewMessage } from '../../../app/ports/store-records.js';
import type { AccountId, TenantId } from '../../../core/model/ids.js';
import { canonicalJson } from '../../../core/canonical-json.js';
import { appendAuditIn } from './audit-queries.js';
import { newMessageRow, toMessage } from './message-queries.js';
import type { MessagesTable } from './schema.js';
import { readArrays, seal, type SqlContext } from './sql-context.js';
import { inWriteTransaction } from './write-transaction.js';
import { inList } from './value-list.js';

export const existingPlanKeyRows = async (ctx: SqlContext, tenant: TenantId, keys: readonly string[]): Promise<ReadonlySet<string>> => {
  const out = new Set<string>();
  if (keys.length === 0) return out;
  const q = ctx.db.selectFrom('messages').select('plan_key').where('tenant_id', '=', tenant).where(inList(ctx, 'plan_key', keys)).compile();
  for (const [key] of await readArrays(ctx, q)) if (typeof key === 'string') out.add(key);
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
  if (codes.length === 0) return out;
  const rows = await ctx.db.selectFrom('messages').select('verification_code').where('tenant_id', '=', tenant).where(inList(ctx, 'verification_code', codes)).execute();
  for (const r of rows) out.add(r.verification_code);
  return out;
};

/**
 * `canonicalJson(decision)` once per distinct decision of a call: a batch's hundreds of
 * decisions are a handful of distinct ones (the same violations, decided at the same
 * instant), each a text of ~450 characters. The key names every member: primitives by
 * value, arrays of frozen objects whose members are primitives (the engine's interned
 * violations) by identity; a decision with any other member is encoded afresh.
 */
export const decisionTexts = (): ((decision: unknown) => string) => {
  const ids = new Map<object, number>();
  const texts = new Map<string, string>();
  const idOf = (v: unknown): number | undefined => {
    if (typeof v !== 'object' || v === null || Array.isArray(v) || !Object.isFrozen(v)) return undefined;
    let id = ids.get(v);
    if (id === undefined) {
      if (!Object.values(v).every((x) => x === null || typeof x !== 'object')) return undefined;
      ids.set(v, (id = ids.size));
    }
    return id;
  };
  const keyOf = (d: unknown): string | undefined => {
    if (typeof d !== 'object' || d === null || Array.isArray(d)) return undefined;
    let key = '';
    for (const [k, v] of Object.entries(d)) {
      if (v === undefined) continue;
      if (v === null || typeof v === 'boolean' || typeof v === 'number') key += `${JSON.stringify(k)}\u0000${String(v)}\u0000`;
      else if (typeof v === 'string') key += `${JSON.stringify(k)}\u0000${JSON.stringify(v)}\u0000`;
      else if (Array.isArray(v)) {
        key += `${JSON.stringify(k)}\u0000[`;
        for (const x of v as readonly unknown[]) {
          const id = idOf(x);
          if (id === undefined) return undefined;
          key += `${id},`;
        }
        key += ']\u0000';
      } else return undefined;
    }
    return key;
  };
  return (decision) => {
    const key = keyOf(decision);
    if (key === undefined) return canonicalJson(decision ?? null);
    let text = texts.get(key);
    if (text === undefined) texts.set(key, (text = canonicalJson(decision)));
    return text;
  };
};

export const insertPlannedIn = async (ctx: SqlContext, tenant: TenantId, messages: readonly NewMessage[], actor: string): Promise<PlanInsertResult> => {
  const now = ctx.now();
  // A blocked message has no text: one sealed empty body serves the whole call. A copy
  // of a sealed value in its own column decrypts like the original, and no IV is used
  // twice (copying is not encrypting); equal bodies are visible anyway (state blocked).
  let emptyBody: string | undefined;
  const decisionText = decisionTexts();
  const rows: MessagesTable[] = messages.map((m) => {
    if (m.planKey === undefined) throw new Error('insertPlannedMessages: a message needs a planKey');
    return newMessageRow(ctx, tenant, m, now, m.body === '' ? (emptyBody ??= seal(ctx, tenant, 'messages.body', '')) : undefined, decisionText(m.decision ?? null));
  });
  const inserted = await ctx.rows.insert(ctx.db, 'messages', rows, { skipConflictOn: ['tenant_id', 'plan_key'] });
  if (inserted > 0) {
    const byState: Record<string, number> = {};
    for (const r of rows) byState[r.state] = (byState[r.state] ?? 0) + 1;
    await appendAuditIn(ctx, tenant, { actor, type: 'messages.planned', subject: `tenant:${tenant}`, data: { offered: rows.length, inserted, byState } });
  }
  return { inserted, alreadyPlanned: rows.length - inserted };
};

/**
 * insertPlannedIn in one write transaction on the context's writer connection (as
 * SqlStore's own write transactions: BEGIN IMMEDIATE, commit, rollback on error).
 */
export const writePlannedOn = async (ctx: SqlContext, tenant: TenantId, messages: readonly NewMessage[], actor: string): Promise<PlanInsertResult> => {
  const writer = ctx.writer!;
  const base: SqlContext = { ...ctx, db: writer.db, rows: writer.rows, writer: undefined, reader: undefined };
  // Takes turns with the main connection's write transactions (sql-context.ts, SecondWriter).
  return writer.exclusive(() => inWriteTransaction(writer.db, ctx.caps, (conn) => insertPlannedIn({ ...base, db: conn }, tenant, messages, actor)));
};
