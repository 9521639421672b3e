// Queries behind the REST API's extra reads and edits (app/ports/api-store.ts). Every
// query names the tenant; every write appends its audit event in the same transaction.
import { toPayment } from './payment-queries.js';
import type { AccountPatch, LiftOutcome, MessageFilter, ReceiptEntry, SuppressionEntry } from '../../../app/ports/api-store.js';
import { liftableSuppressionReasons } from '../../../app/ports/api-store.js';
import type { PaymentRecord } from '../../../app/ports/payment-store.js';
import type { AccountRecord, ContactEventRecord, MessageRecord, SuppressionReason } from '../../../app/ports/store-records.js';
import { sql } from 'kysely';
import { canonicalJson } from '../../../core/canonical-json.js';
import { accountId, messageId, type AccountId, type MessageId, type TenantId } from '../../../core/model/ids.js';
import { getAccountRow } from './account-queries.js';
import { appendAuditIn } from './audit-queries.js';
import { toContactEvent } from './contact-event-queries.js';
import type { InboundTables } from './inbound-schema.js';
import { toMessage } from './message-queries.js';
import { requireTenantSalt, tenantSalt, type SqlContext } from './sql-context.js';

export const updateAccountIn = async (
  ctx: SqlContext,
  tenant: TenantId,
  id: AccountId,
  patch: AccountPatch,
  actor: string,
): Promise<AccountRecord | undefined> => {
  const before = await getAccountRow(ctx, tenant, id);
  if (before === undefined) return undefined;
  const set: { status?: string; flags?: string; product?: string } = {};
  if (patch.status !== undefined && patch.status !== before.status) set.status = patch.status;
  if (patch.flags !== undefined && canonicalJson([...patch.flags].sort()) !== canonicalJson([...before.flags].sort())) set.flags = canonicalJson(patch.flags);
  if (patch.product !== undefined && patch.product !== before.product) set.product = patch.product;
  const fields = Object.keys(set);
  if (fields.length === 0) return before;
  await ctx.db
    .updateTable('accounts')
    .set({ ...set, updated_at: ctx.now() })
    .where('tenant_id', '=', tenant)
    .where('account_id', '=', id)
    .execute();
  // Status, flags and product are not personal data: old and new values go in the event.
  const changes = Object.fromEntries(fields.map((f) => [f, { from: f === 'flags' ? before.flags : before[f as 'status' | 'product'], to: f === 'flags' ? patch.flags : patch[f as 'status' | 'product'] }]));
  await appendAuditIn(ctx, tenant, { actor, type: 'account.updated', subject: `account:${id}`, data: { fields, changes } });
  return getAccountRow(ctx, tenant, id);
};

/**
 * account_ids holds canonical JSON (["a","b"]): a quoted id matches exactly one element.
 * LIKE wildcards in an id are escaped, so an id never matches another one.
 */
const containsAccount = (id: AccountId): string => `%${JSON.stringify(id).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export const listMessageRows = async (ctx: SqlContext, tenant: TenantId, f: MessageFilter): Promise<readonly MessageRecord[]> => {
  let q = ctx.db.selectFrom('messages').selectAll().where('tenant_id', '=', tenant);
  if (f.state !== undefined) q = q.where('state', '=', f.state);
  if (f.accountId !== undefined) q = q.where(sql<boolean>`account_ids like ${containsAccount(f.accountId)} escape '\\'`);
  if (f.from !== undefined) q = q.where('scheduled_at', '>=', f.from);
  if (f.to !== undefined) q = q.where('scheduled_at', '<', f.to);
  if (f.after !== undefined) q = q.where('message_id', '>', f.after);
  const rows = await q.orderBy('message_id').limit(Math.max(1, Math.min(500, f.limit))).execute();
  return rows.map((r) => toMessage(ctx, tenant, r));
};

export const listPaymentRows = async (ctx: SqlContext, tenant: TenantId, account: AccountId): Promise<readonly PaymentRecord[]> => {
  const rows = await ctx.db
    .selectFrom('payments')
    .selectAll()
    .where('tenant_id', '=', tenant)
    .where('account_id', '=', account)
    .orderBy('paid_at')
    .orderBy('payment_id')
    .execute();
  return rows.map(toPayment);
};

export const listAccountContactEventRows = async (ctx: SqlContext, tenant: TenantId, account: AccountId): Promise<readonly ContactEventRecord[]> => {
  const rows = await ctx.db
    .selectFrom('contact_events')
    .selectAll()
    .where('tenant_id', '=', tenant)
    .where(sql<boolean>`account_ids like ${containsAccount(account)} escape '\\'`)
    .orderBy('at')
    .orderBy('event_id')
    .execute();
  return rows.map((r) => toContactEvent(ctx, tenant, r));
};

export const listReceiptRows = async (ctx: SqlContext, tenant: TenantId, messages: readonly MessageId[]): Promise<readonly ReceiptEntry[]> => {
  if (messages.length === 0) return [];
  const rows = await ctx.db
    .withTables<InboundTables>()
    .selectFrom('delivery_receipts')
    .select(['message_id', 'status', 'error_code', 'at'])
    .where('tenant_id', '=', tenant)
    .where('message_id', 'in', [...messages])
    .orderBy('at')
    .orderBy('receipt_id')
    .execute();
  return rows.flatMap((r) =>
    r.message_id === null
      ? []
      : [{ messageId: messageId(r.message_id), status: r.status, ...(r.error_code === null ? {} : { errorCode: r.error_code }), at: Number(r.at) }],
  );
};

export const listSuppressionRows = async (
  ctx: SqlContext,
  tenant: TenantId,
  page: { readonly after?: string; readonly limit: number },
): Promise<readonly SuppressionEntry[]> => {
  let q = ctx.db.selectFrom('suppressions').selectAll().where('tenant_id', '=', tenant);
  if (page.after !== undefined) {
    const cut = page.after.indexOf(':');
    const hash = cut < 0 ? page.after : page.after.slice(0, cut);
    const scope = cut < 0 ? '' : page.after.slice(cut + 1);
    q = q.where((eb) => eb.or([eb('hash', '>', hash), eb.and([eb('hash', '=', hash), eb('scope', '>', scope)])]));
  }
  const rows = await q.orderBy('hash').orderBy('scope').limit(Math.max(1, Math.min(1000, page.limit))).execute();
  return rows.map((r) => ({
    hash: r.hash,
    ...(r.scope === '' ? {} : { accountId: accountId(r.scope) }),
    reason: r.reason as SuppressionReason,
    createdAt: Number(r.created_at),
  }));
};

export const liftSuppressionIn = async (
  ctx: SqlContext,
  tenant: TenantId,
  e164: string,
  account: AccountId | undefined,
  actor: string,
): Promise<LiftOutcome> => {
  if ((await tenantSalt(ctx, tenant)) === undefined) return 'not_found';
  const hash = ctx.cipher.suppressionHash(await requireTenantSalt(ctx, tenant), e164);
  const scope = account ?? '';
  const row = await ctx.db
    .selectFrom('suppressions')
    .select('reason')
    .where('tenant_id', '=', tenant)
    .where('hash', '=', hash)
    .where('scope', '=', scope)
    .executeTakeFirst();
  if (row === undefined) return 'not_found';
  if (!liftableSuppressionReasons.includes(row.reason as SuppressionReason)) return 'protected';
  await ctx.db.deleteFrom('suppressions').where('tenant_id', '=', tenant).where('hash', '=', hash).where('scope', '=', scope).execute();
  const person = await ctx.db
    .selectFrom('people')
    .select('person_id')
    .where('tenant_id', '=', tenant)
    .where('phone_index', '=', ctx.cipher.blindIndex(tenant, e164))
    .executeTakeFirst();
  const now = ctx.now();
  if (person !== undefined && account === undefined) {
    await ctx.db.updateTable('people').set({ suppressed_at: null, updated_at: now }).where('tenant_id', '=', tenant).where('person_id', '=', person.person_id).execute();
  }
  if (person !== undefined && account !== undefined) {
    await ctx.db
      .updateTable('account_people')
      .set({ suppressed_at: null, updated_at: now })
      .where('tenant_id', '=', tenant)
      .where('account_id', '=', account)
      .where('person_id', '=', person.person_id)
      .execute();
  }
  await appendAuditIn(ctx, tenant, {
    actor,
    type: 'suppression.lifted',
    subject: person === undefined ? `suppression:${hash}` : `person:${person.person_id}`,
    data: { reason: row.reason, scope: account ?? 'tenant' },
  });
  return 'lifted';
};
