// The contact ledger: append-only. Address and inbound text are sealed.
import type { ContactEventRecord, NewContactEvent } from '../../../app/ports/store-records.js';
import { canonicalJson } from '../../../core/canonical-json.js';
import type { Channel, ContactResult, Direction, Party } from '../../../core/model/decision-request.js';
import {
  accountId,
  contactEventId,
  messageId,
  personId,
  tenantId,
  type PersonId,
  type TenantId,
} from '../../../core/model/ids.js';
import type { ContactEventsTable } from './schema.js';
import { sealOptional, unsealOptional, type SqlContext } from './sql-context.js';

export const toContactEvent = (ctx: SqlContext, tenant: TenantId, r: ContactEventsTable): ContactEventRecord => {
  const to = unsealOptional(ctx, tenant, 'contact_events.to', r.to_enc);
  const body = unsealOptional(ctx, tenant, 'contact_events.body', r.body_enc);
  return {
    id: contactEventId(r.event_id),
    tenantId: tenantId(r.tenant_id),
    at: Number(r.at),
    channel: r.channel as Channel,
    direction: r.direction as Direction,
    ...(r.person_id === null ? {} : { personId: personId(r.person_id) }),
    ...(r.person_hash === null ? {} : { personHash: r.person_hash }),
    party: r.party as Party,
    accountIds: (JSON.parse(r.account_ids) as string[]).map(accountId),
    result: r.result as ContactResult,
    ...(to === undefined ? {} : { to }),
    ...(body === undefined ? {} : { body }),
    ...(r.purpose === null ? {} : { purpose: r.purpose }),
    ...(r.actor === null ? {} : { actor: r.actor }),
    ...(r.message_id === null ? {} : { messageId: messageId(r.message_id) }),
    ...(r.provider_id === null ? {} : { providerId: r.provider_id }),
  };
};

export const appendContactEventIn = async (
  ctx: SqlContext,
  tenant: TenantId,
  e: NewContactEvent,
): Promise<ContactEventRecord> => {
  const row: ContactEventsTable = {
    tenant_id: tenant,
    event_id: ctx.newId(),
    at: e.at,
    channel: e.channel,
    direction: e.direction,
    person_id: e.personId,
    person_hash: null,
    party: e.party,
    account_ids: canonicalJson(e.accountIds),
    result: e.result,
    to_enc: sealOptional(ctx, tenant, 'contact_events.to', e.to),
    body_enc: sealOptional(ctx, tenant, 'contact_events.body', e.body),
    purpose: e.purpose ?? null,
    actor: e.actor ?? null,
    message_id: e.messageId ?? null,
    provider_id: e.providerId ?? null,
    created_at: ctx.now(),
  };
  await ctx.db.insertInto('contact_events').values(row).execute();
  return toContactEvent(ctx, tenant, row);
};

export const listContactEventRows = async (
  ctx: SqlContext,
  tenant: TenantId,
  person: PersonId,
): Promise<readonly ContactEventRecord[]> => {
  const rows = await ctx.db
    .selectFrom('contact_events')
    .selectAll()
    .where('tenant_id', '=', tenant)
    .where('person_id', '=', person)
    .orderBy('at')
    .orderBy('event_id')
    .execute();
  return rows.map((r) => toContactEvent(ctx, tenant, r));
};
