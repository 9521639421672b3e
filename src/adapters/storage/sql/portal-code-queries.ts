// Cross-tenant reads of the portal: a verification code (messages_verification_code_ix,
// one indexed query) and the tenants where a number is a borrower (one query over every
// tenant's blind index of the number).
import type { CodeMatch } from '../../../app/ports/portal-store.js';
import type { MessageState } from '../../../app/ports/store-records.js';
import { accountId, messageId, personId, tenantId, type TenantId } from '../../../core/model/ids.js';
import { unsealOptional, type SqlContext } from './sql-context.js';

export const findMessagesByCodeRows = async (ctx: SqlContext, code: string, limit: number): Promise<readonly CodeMatch[]> => {
  const rows = await ctx.db
    .selectFrom('messages')
    .select(['tenant_id', 'message_id', 'state', 'scheduled_at', 'to_enc', 'person_id', 'account_ids', 'party'])
    .where('verification_code', '=', code)
    .orderBy('scheduled_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => {
    const tenant = tenantId(r.tenant_id);
    return {
      tenant,
      messageId: messageId(r.message_id),
      state: r.state as MessageState,
      scheduledAt: Number(r.scheduled_at),
      to: unsealOptional(ctx, tenant, 'messages.to', r.to_enc),
      personId: r.person_id === null ? undefined : personId(r.person_id),
      accountIds: (JSON.parse(r.account_ids) as string[]).map(accountId),
      party: r.party,
    };
  });
};

export const borrowerTenantRows = async (ctx: SqlContext, e164: string): Promise<readonly TenantId[]> => {
  const tenants = await ctx.db.selectFrom('tenants').select('tenant_id').execute();
  if (tenants.length === 0) return [];
  const rows = await ctx.db
    .selectFrom('people as p')
    .innerJoin('account_people as ap', (j) => j.onRef('ap.tenant_id', '=', 'p.tenant_id').onRef('ap.person_id', '=', 'p.person_id'))
    .select('p.tenant_id')
    .distinct()
    .where('ap.role', '=', 'borrower')
    .where((eb) =>
      eb.or(tenants.map((t) => eb.and([eb('p.tenant_id', '=', t.tenant_id), eb('p.phone_index', '=', ctx.cipher.blindIndex(tenantId(t.tenant_id), e164))]))),
    )
    .execute();
  return rows.map((r) => tenantId(r.tenant_id)).sort();
};
