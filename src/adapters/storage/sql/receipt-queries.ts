// Delivery receipts: every receipt is kept (delivery_receipts), matched to the message
// by provider id when one carries it, else kept as an orphan and applied when the
// dispatcher stores that id. A receipt is not a contact, so it never enters
// contact_events (the engine would count it as one more SMS).
import type { KeptReceipt, ReceiptOutcome } from '../../../app/ports/inbound-store.js';
import type { ReceiptStatus } from '../../../app/ports/sms-transport.js';
import type { MessageRecord, MessageState } from '../../../app/ports/store-records.js';
import { messageStateForReceipt } from '../../../core/messages/reply-effect.js';
import { messageId, type TenantId } from '../../../core/model/ids.js';
import { appendAuditIn } from './audit-queries.js';
import type { InboundTables } from './inbound-schema.js';
import { toMessage } from './message-queries.js';
import type { SqlContext } from './sql-context.js';

// A receipt moves only a message that was handed over; a later receipt may correct an
// earlier one (failed, then delivered). Cancelled, blocked and planned ones never move.
const movable: readonly MessageState[] = ['sending', 'sent', 'unknown', 'delivered', 'failed'];

export const findMessageByProviderIdRow = async (
  ctx: SqlContext,
  tenant: TenantId,
  providerId: string,
): Promise<MessageRecord | undefined> => {
  const r = await ctx.db
    .selectFrom('messages')
    .selectAll()
    .where('tenant_id', '=', tenant)
    .where('provider_id', '=', providerId)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return r === undefined ? undefined : toMessage(ctx, tenant, r);
};

// Moves the message when the receipt says something final; audit in the same transaction.
const applyTo = async (
  ctx: SqlContext,
  tenant: TenantId,
  message: { readonly message_id: string; readonly state: string },
  r: KeptReceipt,
  actor: string,
): Promise<ReceiptOutcome> => {
  const to = messageStateForReceipt(r.status);
  const from = message.state as MessageState;
  if (to === null || to === from || !movable.includes(from)) return { kind: 'recorded', messageId: messageId(message.message_id) };
  const now = ctx.now();
  await ctx.db
    .updateTable('messages')
    .set({ state: to, state_at: r.at, updated_at: now })
    .where('tenant_id', '=', tenant)
    .where('message_id', '=', message.message_id)
    .execute();
  await appendAuditIn(ctx, tenant, {
    actor,
    type: 'message.receipt',
    subject: `message:${message.message_id}`,
    data: { from, to, status: r.status, errorCode: r.errorCode ?? null, at: r.at },
  });
  return { kind: 'applied', messageId: messageId(message.message_id), from, to };
};

const messageFor = (ctx: SqlContext, tenant: TenantId, providerId: string) =>
  ctx.db
    .selectFrom('messages')
    .select(['message_id', 'state'])
    .where('tenant_id', '=', tenant)
    .where('provider_id', '=', providerId)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();

export const recordReceiptIn = async (ctx: SqlContext, tenant: TenantId, r: KeptReceipt, actor: string): Promise<ReceiptOutcome> => {
  const message = await messageFor(ctx, tenant, r.providerId);
  const now = ctx.now();
  await ctx.db
    .withTables<InboundTables>()
    .insertInto('delivery_receipts')
    .values({
      tenant_id: tenant,
      receipt_id: ctx.newId(),
      provider_id: r.providerId,
      status: r.status,
      error_code: r.errorCode ?? null,
      at: r.at,
      message_id: message?.message_id ?? null,
      applied_at: message === undefined ? null : now,
      created_at: now,
    })
    .execute();
  if (message === undefined) {
    // Kept, not fatal: the id may be stored a moment later (receipt before accept).
    ctx.logger.info({ tenant, status: r.status }, 'delivery receipt for an unknown provider id kept');
    return { kind: 'orphan' };
  }
  return applyTo(ctx, tenant, message, r, actor);
};

export const applyPendingReceiptsIn = async (ctx: SqlContext, tenant: TenantId, providerId: string, actor: string): Promise<number> => {
  const db = ctx.db.withTables<InboundTables>();
  const pending = await db
    .selectFrom('delivery_receipts')
    .select(['receipt_id', 'status', 'error_code', 'at'])
    .where('tenant_id', '=', tenant)
    .where('provider_id', '=', providerId)
    .where('message_id', 'is', null)
    .orderBy('at')
    .orderBy('receipt_id')
    .execute();
  if (pending.length === 0) return 0;
  let applied = 0;
  for (const p of pending) {
    const message = await messageFor(ctx, tenant, providerId);
    if (message === undefined) return applied;
    const receipt: KeptReceipt = {
      providerId,
      status: p.status as ReceiptStatus,
      ...(p.error_code === null ? {} : { errorCode: p.error_code }),
      at: Number(p.at),
    };
    await applyTo(ctx, tenant, message, receipt, actor);
    await db
      .updateTable('delivery_receipts')
      .set({ message_id: message.message_id, applied_at: ctx.now() })
      .where('tenant_id', '=', tenant)
      .where('receipt_id', '=', p.receipt_id)
      .execute();
    applied += 1;
  }
  return applied;
};
