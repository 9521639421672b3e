import type { PersonRecord } from '../../../app/ports/store-records.js';
import { personId, tenantId, type PersonId, type TenantId } from '../../../core/model/ids.js';
import type { PeopleTable } from './schema.js';
import { unseal, type SqlContext } from './sql-context.js';

export const toPerson = (ctx: SqlContext, tenant: TenantId, r: PeopleTable): PersonRecord => ({
  id: personId(r.person_id),
  tenantId: tenantId(r.tenant_id),
  phoneE164: unseal(ctx, tenant, 'people.phone', r.phone_enc),
  ...(r.suppressed_at === null ? {} : { suppressedAt: Number(r.suppressed_at) }),
  createdAt: Number(r.created_at),
});

export const getPersonRow = async (ctx: SqlContext, tenant: TenantId, id: PersonId): Promise<PersonRecord | undefined> => {
  const r = await ctx.db
    .selectFrom('people')
    .selectAll()
    .where('tenant_id', '=', tenant)
    .where('person_id', '=', id)
    .executeTakeFirst();
  return r === undefined ? undefined : toPerson(ctx, tenant, r);
};

export const findPersonByPhoneRow = async (ctx: SqlContext, tenant: TenantId, e164: string): Promise<PersonRecord | undefined> => {
  const r = await ctx.db
    .selectFrom('people')
    .selectAll()
    .where('tenant_id', '=', tenant)
    .where('phone_index', '=', ctx.cipher.blindIndex(tenant, e164))
    .executeTakeFirst();
  return r === undefined ? undefined : toPerson(ctx, tenant, r);
};
