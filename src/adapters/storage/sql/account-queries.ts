// Reads of accounts and their people links. Every query names the tenant.
import type { AccountPage } from '../../../app/ports/store.js';
import type { AccountPersonRecord, AccountRecord, ConfirmationState } from '../../../app/ports/store-records.js';
import { accountId, personId, tenantId, type AccountId, type TenantId } from '../../../core/model/ids.js';
import type { AccountStatus, Locale, PersonRole } from '../../../core/model/import-record.js';
import type { AccountPeopleTable, AccountsTable } from './schema.js';
import { unseal, unsealOptional, type SqlContext } from './sql-context.js';

export const toAccount = (r: AccountsTable): AccountRecord => ({
  id: accountId(r.account_id),
  tenantId: tenantId(r.tenant_id),
  externalId: r.external_id,
  product: r.product,
  currency: r.currency,
  principalMinor: Number(r.principal_minor),
  balanceMinor: Number(r.balance_minor),
  overdueMinor: Number(r.overdue_minor),
  dueDate: r.due_date,
  daysPastDue: Number(r.days_past_due),
  status: r.status as AccountStatus,
  flags: JSON.parse(r.flags) as string[],
  createdAt: Number(r.created_at),
  updatedAt: Number(r.updated_at),
});

export const toAccountPerson = (ctx: SqlContext, tenant: TenantId, r: AccountPeopleTable): AccountPersonRecord => {
  const email = unsealOptional(ctx, tenant, 'account_people.email', r.email_enc);
  return {
    accountId: accountId(r.account_id),
    personId: personId(r.person_id),
    role: r.role as PersonRole,
    position: Number(r.position),
    name: unseal(ctx, tenant, 'account_people.name', r.name_enc),
    ...(email === undefined ? {} : { email }),
    ...(r.person_external_id === null ? {} : { externalId: r.person_external_id }),
    ...(r.relationship === null ? {} : { relationship: r.relationship }),
    timeZones: JSON.parse(r.time_zones) as string[],
    locale: r.locale as Locale,
    confirmation: r.confirmation as ConfirmationState,
    ...(r.confirmation_at === null ? {} : { confirmationAt: Number(r.confirmation_at) }),
  };
};

export const getAccountRow = async (ctx: SqlContext, tenant: TenantId, id: AccountId): Promise<AccountRecord | undefined> => {
  const r = await ctx.db
    .selectFrom('accounts')
    .selectAll()
    .where('tenant_id', '=', tenant)
    .where('account_id', '=', id)
    .executeTakeFirst();
  return r === undefined ? undefined : toAccount(r);
};

export const getAccountByExternalIdRow = async (
  ctx: SqlContext,
  tenant: TenantId,
  externalId: string,
): Promise<AccountRecord | undefined> => {
  const r = await ctx.db
    .selectFrom('accounts')
    .selectAll()
    .where('tenant_id', '=', tenant)
    .where('external_id', '=', externalId)
    .executeTakeFirst();
  return r === undefined ? undefined : toAccount(r);
};

export const listAccountRows = async (ctx: SqlContext, tenant: TenantId, page: AccountPage): Promise<readonly AccountRecord[]> => {
  const limit = Math.max(1, Math.min(1000, Math.floor(page.limit)));
  let q = ctx.db.selectFrom('accounts').selectAll().where('tenant_id', '=', tenant);
  if (page.after !== undefined) q = q.where('account_id', '>', page.after);
  const rows = await q.orderBy('account_id').limit(limit).execute();
  return rows.map(toAccount);
};

export const listAccountPeopleRows = async (
  ctx: SqlContext,
  tenant: TenantId,
  account: AccountId,
): Promise<readonly AccountPersonRecord[]> => {
  const rows = await ctx.db
    .selectFrom('account_people')
    .selectAll()
    .where('tenant_id', '=', tenant)
    .where('account_id', '=', account)
    .orderBy('position')
    .execute();
  return rows.map((r) => toAccountPerson(ctx, tenant, r));
};
