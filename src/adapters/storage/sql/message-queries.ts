// The outbox. Recipient address and body are sealed; the decision is canonical JSON.
import type { MessageRecord, MessageState, NewMessage } from '../../../app/ports/store-records.js';
import { canonicalJson } from '../../../core/canonical-json.js';
import type { Channel, Party } from '../../../core/model/decision-request.js';
import { accountId, messageId, personId, tenantId, type MessageId, type TenantId } from '../../../core/model/ids.js';
import { appendAuditIn } from './audit-queries.js';
import type { MessagesTable } from './schema.js';
import { chunksFor, seal, unsealOptional, type SqlContext } from './sql-context.js';

export const toMessage = (ctx: SqlContext, tenant: TenantId, r: MessagesTable): MessageRecord => {
  const to = unsealOptional(ctx, tenant, 'messages.to', r.to_enc);
  const body = unsealOptional(ctx, tenant, 'messages.body', r.body_enc);
  return {
    id: messageId(r.message_id),
    tenantId: tenantId(r.tenant_id),
    accountIds: (JSON.parse(r.account_ids) as string[]).map(accountId),
    ...(r.person_id === null ? {} : { personId: personId(r.person_id) }),
    ...(r.person_hash === null ? {} : { personHash: r.person_hash }),
    party: r.party as Party,
    channel: r.channel as Channel,
    purpose: r.purpose,
    ...(to === undefined ? {} : { to }),
    ...(body === undefined ? {} : { body }),
    state: r.state as MessageState,
    decision: JSON.parse(r.decision) as unknown,
    scheduledAt: Number(r.scheduled_at),
    verificationCode: r.verification_code,
    ...(r.plan_key === null ? {} : { planKey: r.plan_key }),
    ...(r.template_id === null ? {} : { templateId: r.template_id }),
    ...(r.provider_id === null ? {} : { providerId: r.provider_id }),
    createdAt: Number(r.created_at),
    updatedAt: Number(r.updated_at),
  };
};

/**
 * The outbox row of a new message: to and body sealed, ids and times from the context.
 * Shared by every writer of the outbox (insertMessages, the planner, inbound answers).
 * `sealedBody`: `m.body` already sealed for this tenant's messages.body (a copy serves);
 * `decisionText`: `canonicalJson(m.decision)` already made (the planner's repeat).
 */
export const newMessageRow = (ctx: SqlContext, tenant: TenantId, m: NewMessage, now: number, sealedBody?: string, decisionText?: string): MessagesTable => {
  const first = m.accountIds[0];
  if (first === undefined) throw new Error('a message must name at least one account');
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
    body_enc: sealedBody ?? seal(ctx, tenant, 'messages.body', m.body),
    state: m.state,
    decision: decisionText ?? canonicalJson(m.decision ?? null),
    scheduled_at: m.scheduledAt,
    verification_code: m.verificationCode,
    plan_key: m.planKey ?? null,
    provider_id: null,
    attempts: 0,
    segments: m.segments ?? null,
    state_at: now,
    created_at: now,
    updated_at: now,
  };
};

export const insertMessagesIn = async (
  ctx: SqlContext,
  tenant: TenantId,
  messages: readonly NewMessage[],
  actor: string,
): Promise<readonly MessageRecord[]> => {
  const now = ctx.now();
  const rows: MessagesTable[] = messages.map((m) => newMessageRow(ctx, tenant, m, now));
  for (const chunk of chunksFor(ctx, rows, 23)) await ctx.db.insertInto('messages').values(chunk).execute();
  if (rows.length > 0) {
    const byState: Record<string, number> = {};
    for (const r of rows) byState[r.state] = (byState[r.state] ?? 0) + 1;
    await appendAuditIn(ctx, tenant, {
      actor,
      type: 'messages.created',
      subject: `tenant:${tenant}`,
      data: { count: rows.length, byState, messageIds: rows.map((r) => r.message_id) },
    });
  }
  return rows.map((r) => toMessage(ctx, tenant, r));
};

export const getMessageRow = async (ctx: SqlContext, tenant: TenantId, id: MessageId): Promise<MessageRecord | undefined> => {
  const r = await ctx.db
    .selectFrom('messages')
    .selectAll()
    .where('tenant_id', '=', tenant)
    .where('message_id', '=', id)
    .executeTakeFirst();
  return r === undefined ? undefined : toMessage(ctx, tenant, r);
};
