// Store.accessByPhone: everything the tenant holds about one number, decrypted, as
// JSON (right of access). Debts of other people are not the requester's data: a
// contact sees which account listed them and how, never amounts.
import type { AccessExport } from '../../../app/ports/store-access.js';
import type { TenantId } from '../../../core/model/ids.js';
import { unseal, unsealOptional, tenantSalt, type SqlContext } from './sql-context.js';

const iso = (ms: number | string): string => new Date(Number(ms)).toISOString();

export const accessByPhoneIn = async (ctx: SqlContext, tenant: TenantId, e164: string): Promise<AccessExport | undefined> => {
  const salt = await tenantSalt(ctx, tenant);
  if (salt === undefined) return undefined;
  const hash = ctx.cipher.suppressionHash(salt, e164);
  const suppressions = await ctx.db
    .selectFrom('suppressions')
    .select(['scope', 'reason', 'created_at'])
    .where('tenant_id', '=', tenant)
    .where('hash', '=', hash)
    .orderBy('created_at')
    .execute();
  const erased = await ctx.db
    .selectFrom('contact_events')
    .select(['at', 'channel', 'direction', 'result'])
    .where('tenant_id', '=', tenant)
    .where('person_hash', '=', hash)
    .orderBy('at')
    .execute();
  const person = await ctx.db
    .selectFrom('people')
    .selectAll()
    .where('tenant_id', '=', tenant)
    .where('phone_index', '=', ctx.cipher.blindIndex(tenant, e164))
    .executeTakeFirst();
  if (person === undefined && suppressions.length === 0 && erased.length === 0) return undefined;

  const base = {
    phoneE164: e164,
    exportedAt: iso(ctx.now()),
    suppressions: suppressions.map((s) => ({
      reason: s.reason,
      ...(s.scope === '' ? {} : { accountId: s.scope }),
      at: iso(s.created_at),
    })),
    erasedContactEvents: erased.map((e) => ({ at: iso(e.at), channel: e.channel, direction: e.direction, result: e.result })),
  };
  if (person === undefined) return base;

  const links = await ctx.db
    .selectFrom('account_people')
    .innerJoin('accounts', (j) =>
      j.onRef('accounts.tenant_id', '=', 'account_people.tenant_id').onRef('accounts.account_id', '=', 'account_people.account_id'),
    )
    .select([
      'account_people.account_id',
      'accounts.external_id',
      'account_people.role',
      'account_people.name_enc',
      'account_people.email_enc',
      'account_people.relationship',
      'account_people.time_zones',
      'account_people.locale',
      'account_people.confirmation',
    ])
    .where('account_people.tenant_id', '=', tenant)
    .where('account_people.person_id', '=', person.person_id)
    .orderBy('account_people.account_id')
    .execute();
  const messages = await ctx.db
    .selectFrom('messages')
    .select(['message_id', 'channel', 'state', 'body_enc', 'scheduled_at', 'created_at'])
    .where('tenant_id', '=', tenant)
    .where('person_id', '=', person.person_id)
    .orderBy('created_at')
    .execute();
  const events = await ctx.db
    .selectFrom('contact_events')
    .select(['event_id', 'at', 'channel', 'direction', 'result', 'body_enc'])
    .where('tenant_id', '=', tenant)
    .where('person_id', '=', person.person_id)
    .orderBy('at')
    .execute();
  return {
    ...base,
    person: {
      id: person.person_id,
      createdAt: iso(person.created_at),
      ...(person.suppressed_at === null ? {} : { suppressedAt: iso(person.suppressed_at) }),
      links: links.map((l) => {
        const email = unsealOptional(ctx, tenant, 'account_people.email', l.email_enc);
        return {
          accountId: l.account_id,
          accountExternalId: l.external_id,
          role: l.role,
          name: unseal(ctx, tenant, 'account_people.name', l.name_enc),
          ...(email === undefined ? {} : { email }),
          ...(l.relationship === null ? {} : { relationship: l.relationship }),
          timeZones: JSON.parse(l.time_zones) as string[],
          locale: l.locale,
          confirmation: l.confirmation,
        };
      }),
      messages: messages.map((m) => {
        const body = unsealOptional(ctx, tenant, 'messages.body', m.body_enc);
        return {
          id: m.message_id,
          channel: m.channel,
          state: m.state,
          ...(body === undefined ? {} : { body }),
          scheduledAt: iso(m.scheduled_at),
          createdAt: iso(m.created_at),
        };
      }),
      contactEvents: events.map((e) => {
        const body = unsealOptional(ctx, tenant, 'contact_events.body', e.body_enc);
        return {
          id: e.event_id,
          at: iso(e.at),
          channel: e.channel,
          direction: e.direction,
          result: e.result,
          ...(body === undefined ? {} : { body }),
        };
      }),
    },
  };
};
