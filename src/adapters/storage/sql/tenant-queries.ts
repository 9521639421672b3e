import type { NewTenant, TenantRecord } from '../../../app/ports/store-records.js';
import { auditGenesisHash } from '../../../core/audit/audit-chain.js';
import { TactError } from '../../../core/errors.js';
import type { Locale } from '../../../core/model/import-record.js';
import { tenantId, type TenantId } from '../../../core/model/ids.js';
import type { PackId } from '../../../core/model/decision-request.js';
import { appendAuditIn } from './audit-queries.js';
import type { TenantsTable } from './schema.js';
import type { SqlContext } from './sql-context.js';

const toTenant = (r: TenantsTable): TenantRecord => ({
  id: tenantId(r.tenant_id),
  name: r.name,
  pack: r.pack as PackId,
  defaultRegion: r.default_region,
  timeZone: r.time_zone,
  locale: r.locale as Locale,
  createdAt: Number(r.created_at),
});

export const getTenantRow = async (ctx: SqlContext, tenant: TenantId): Promise<TenantRecord | undefined> => {
  const row = await ctx.db.selectFrom('tenants').selectAll().where('tenant_id', '=', tenant).executeTakeFirst();
  return row === undefined ? undefined : toTenant(row);
};

/** Creates the tenant, its salt and its audit chain head; the first audit event records it. */
export const createTenantIn = async (ctx: SqlContext, tenant: TenantId, input: NewTenant, actor: string): Promise<TenantRecord> => {
  if ((await getTenantRow(ctx, tenant)) !== undefined) throw new TactError('TACT_ERR_STORE_TENANT_EXISTS');
  const row: TenantsTable = {
    tenant_id: tenant,
    name: input.name,
    pack: input.pack,
    default_region: input.defaultRegion,
    time_zone: input.timeZone,
    locale: input.locale,
    salt: ctx.cipher.newSalt(),
    created_at: ctx.now(),
  };
  await ctx.db.insertInto('tenants').values(row).execute();
  await ctx.db.insertInto('audit_heads').values({ tenant_id: tenant, seq: 0, hash: auditGenesisHash }).execute();
  await appendAuditIn(ctx, tenant, {
    actor,
    type: 'tenant.created',
    subject: `tenant:${tenant}`,
    data: { pack: input.pack, defaultRegion: input.defaultRegion, timeZone: input.timeZone, locale: input.locale },
  });
  return toTenant(row);
};

export const listTenantIdRows = async (ctx: SqlContext): Promise<readonly TenantId[]> => {
  const rows = await ctx.db.selectFrom('tenants').select('tenant_id').orderBy('tenant_id').execute();
  return rows.map((r) => tenantId(r.tenant_id));
};
