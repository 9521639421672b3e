// Inbound replies: who a reply answers, the ledger row, consent changes and the one
// answer Tact queues. Reply text is sealed like every ledger body. A reply from a number
// the tenant does not know is kept under the number's suppression hash (no person id).
import type { NewInboundReply, OutboundTrace, PersonLink } from '../../../app/ports/inbound-store.js';
import type { ConfirmationState, MessageRecord, NewMessage } from '../../../app/ports/store-records.js';
import { canonicalJson } from '../../../core/canonical-json.js';
import type { Party } from '../../../core/model/decision-request.js';
import {
  accountId,
  contactEventId,
  messageId,
  type AccountId,
  type ContactEventId,
  type PersonId,
  type TenantId,
} from '../../../core/model/ids.js';
import type { Locale, PersonRole } from '../../../core/model/import-record.js';
import { appendAuditIn } from './audit-queries.js';
import type { InboundTables } from './inbound-schema.js';
import { newMessageRow, toMessage } from './message-queries.js';
import type { MessagesTable } from './schema.js';
import { requireTenantSalt, sealOptional, type SqlContext } from './sql-context.js';

// States a message reaches only once it was handed to (or leaving for) the transport.
const leftStates = ['sending', 'sent', 'delivered', 'failed', 'undeliverable', 'unknown'];

export const lastOutboundToRow = async (ctx: SqlContext, tenant: TenantId, person: PersonId): Promise<OutboundTrace | undefined> => {
  const r = await ctx.db
    .selectFrom('messages')
    .select(['message_id', 'account_ids', 'party', 'purpose', 'state_at'])
    .where('tenant_id', '=', tenant)
    .where('person_id', '=', person)
    .where('state', 'in', leftStates)
    .orderBy('state_at', 'desc')
    .orderBy('message_id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (r === undefined) return undefined;
  return {
    messageId: messageId(r.message_id),
    accountIds: (JSON.parse(r.account_ids) as string[]).map(accountId),
    party: r.party as Party,
    purpose: r.purpose,
    at: Number(r.state_at),
  };
};

export const personLinkRows = async (ctx: SqlContext, tenant: TenantId, person: PersonId): Promise<readonly PersonLink[]> => {
  // Sorted here, not by `order by account_id`: SQLite (no statistics) then walks the
  // primary key (tenant, account) over every link of the tenant to skip a sort, instead
  // of the person index (a few rows): 3.6 ms a call at 10,000 links, growing with them.
  const rows = await ctx.db
    .selectFrom('account_people')
    .select(['account_id', 'role', 'confirmation', 'locale'])
    .where('tenant_id', '=', tenant)
    .where('person_id', '=', person)
    .execute();
  rows.sort((x, y) => (x.account_id < y.account_id ? -1 : x.account_id > y.account_id ? 1 : 0));
  return rows.map((r) => ({
    accountId: accountId(r.account_id),
    role: r.role as PersonRole,
    confirmation: r.confirmation as ConfirmationState,
    locale: r.locale as Locale,
  }));
};

export const appendInboundReplyIn = async (ctx: SqlContext, tenant: TenantId, reply: NewInboundReply): Promise<ContactEventId> => {
  const hash = reply.personId === undefined ? ctx.cipher.suppressionHash(await requireTenantSalt(ctx, tenant), reply.phoneE164) : null;
  const eventId = ctx.newId();
  const now = ctx.now();
  await ctx.db
    .insertInto('contact_events')
    .values({
      tenant_id: tenant,
      event_id: eventId,
      at: reply.at,
      channel: reply.channel,
      direction: 'inbound',
      person_id: reply.personId ?? null,
      person_hash: hash,
      party: reply.party,
      account_ids: canonicalJson(reply.accountIds),
      result: reply.result,
      to_enc: null,
      body_enc: sealOptional(ctx, tenant, 'contact_events.body', reply.text),
      purpose: null,
      actor: null,
      message_id: null,
      provider_id: reply.providerId ?? null,
      created_at: now,
    })
    .execute();
  if (reply.review !== undefined) {
    await ctx.db
      .withTables<InboundTables>()
      .insertInto('inbound_reviews')
      .values({ tenant_id: tenant, event_id: eventId, reason: reply.review, created_at: now, resolved_at: null })
      .execute();
  }
  return contactEventId(eventId);
};

export const setContactConfirmationIn = async (
  ctx: SqlContext,
  tenant: TenantId,
  account: AccountId,
  person: PersonId,
  state: 'confirmed' | 'refused',
  at: number,
  actor: string,
): Promise<boolean> => {
  const res = await ctx.db
    .updateTable('account_people')
    .set({ confirmation: state, confirmation_at: at, updated_at: ctx.now() })
    .where('tenant_id', '=', tenant)
    .where('account_id', '=', account)
    .where('person_id', '=', person)
    .where('role', '!=', 'borrower')
    .where('confirmation', '!=', state)
    .executeTakeFirst();
  const changed = Number(res.numUpdatedRows) > 0;
  if (changed) {
    await appendAuditIn(ctx, tenant, {
      actor,
      type: `contact.${state}`,
      subject: `account:${account}`,
      data: { personId: person, confirmation: state, at },
    });
  }
  return changed;
};

export const countMessagesToRow = async (ctx: SqlContext, tenant: TenantId, person: PersonId, purpose: string): Promise<number> => {
  const r = await ctx.db
    .selectFrom('messages')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('tenant_id', '=', tenant)
    .where('person_id', '=', person)
    .where('purpose', '=', purpose)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
};

export const queueMessageOnceIn = async (
  ctx: SqlContext,
  tenant: TenantId,
  m: NewMessage & { readonly planKey: string },
  actor: string,
): Promise<MessageRecord | undefined> => {
  const row: MessagesTable = newMessageRow(ctx, tenant, m, ctx.now());
  const res = await ctx.db
    .insertInto('messages')
    .values(row)
    .onConflict((oc) => oc.columns(['tenant_id', 'plan_key']).doNothing())
    .executeTakeFirst();
  if (Number(res.numInsertedOrUpdatedRows ?? 0n) === 0) return undefined;
  await appendAuditIn(ctx, tenant, {
    actor,
    type: 'messages.created',
    subject: `tenant:${tenant}`,
    data: { count: 1, byState: { [m.state]: 1 }, messageIds: [row.message_id], purpose: m.purpose },
  });
  return toMessage(ctx, tenant, row);
};

export const openReviewRows = async (
  ctx: SqlContext,
  tenant: TenantId,
): Promise<readonly { readonly eventId: ContactEventId; readonly reason: string }[]> => {
  const rows = await ctx.db
    .withTables<InboundTables>()
    .selectFrom('inbound_reviews')
    .select(['event_id', 'reason'])
    .where('tenant_id', '=', tenant)
    .where('resolved_at', 'is', null)
    .orderBy('created_at')
    .orderBy('event_id')
    .execute();
  return rows.map((r) => ({ eventId: contactEventId(r.event_id), reason: r.reason }));
};
