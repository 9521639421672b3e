// Tenant templates and messaging settings (migration 0008). Writes run inside the
// caller's write transaction so the audit event commits with the change.
import type { Actor } from '../../../app/ports/store-records.js';
import type {
  MessagingSettings,
  MessagingSettingsRecord,
  NewTemplate,
  StoredTemplate,
  TemplateStatus,
} from '../../../app/ports/template-store.js';
import { canonicalJson } from '../../../core/canonical-json.js';
import { TactError } from '../../../core/errors.js';
import type { Audience, MessageChannel, MessageLocale } from '../../../core/messages/template.js';
import type { TenantId } from '../../../core/model/ids.js';
import { appendAuditIn } from './audit-queries.js';
import type { TemplatesTable, TenantMessagingTable } from './schema.js';
import type { SqlContext } from './sql-context.js';

const toMessaging = (r: TenantMessagingTable): MessagingSettingsRecord => ({
  brand: r.brand,
  ...(r.third_party_brand === null ? {} : { thirdPartyBrand: r.third_party_brand }),
  hotline: r.hotline,
  portalUrl: r.portal_url,
  linkAllowList: JSON.parse(r.link_allow_list) as string[],
  pricePerSegmentMinor: Number(r.price_per_segment_minor),
  currency: r.currency,
  updatedAt: Number(r.updated_at),
});

/** Same id shape as the shipped defaults: `zh-CN/sms/borrower/reminder.dpd7`. */
const toTemplate = (r: TemplatesTable): StoredTemplate => ({
  id: `${r.locale}/${r.channel}/${r.audience}/${r.template_key}`,
  key: r.template_key,
  audience: r.audience as Audience,
  channel: r.channel as MessageChannel,
  locale: r.locale as MessageLocale,
  body: r.body,
  version: Number(r.version),
  status: r.status as TemplateStatus,
  createdAt: Number(r.created_at),
  createdBy: r.created_by,
});

export const getMessagingRow = async (ctx: SqlContext, tenant: TenantId): Promise<MessagingSettingsRecord | undefined> => {
  const row = await ctx.db.selectFrom('tenant_messaging').selectAll().where('tenant_id', '=', tenant).executeTakeFirst();
  return row === undefined ? undefined : toMessaging(row);
};

export const setMessagingIn = async (
  ctx: SqlContext,
  tenant: TenantId,
  s: MessagingSettings,
  actor: Actor,
): Promise<MessagingSettingsRecord> => {
  const t = await ctx.db.selectFrom('tenants').select('tenant_id').where('tenant_id', '=', tenant).executeTakeFirst();
  if (t === undefined) throw new TactError('TACT_ERR_STORE_UNKNOWN_TENANT');
  const row: TenantMessagingTable = {
    tenant_id: tenant,
    brand: s.brand,
    third_party_brand: s.thirdPartyBrand ?? null,
    hotline: s.hotline,
    portal_url: s.portalUrl,
    link_allow_list: canonicalJson(s.linkAllowList),
    price_per_segment_minor: s.pricePerSegmentMinor,
    currency: s.currency,
    updated_at: ctx.now(),
  };
  await ctx.db.deleteFrom('tenant_messaging').where('tenant_id', '=', tenant).execute();
  await ctx.db.insertInto('tenant_messaging').values(row).execute();
  // Business contact points and prices, no personal data: recorded in full.
  const { tenant_id: _omit, updated_at: _at, ...data } = row;
  await appendAuditIn(ctx, tenant, { actor, type: 'tenant.messaging_set', subject: `tenant:${tenant}`, data: { ...data, link_allow_list: s.linkAllowList } });
  return toMessaging(row);
};

export const saveTemplateIn = async (ctx: SqlContext, tenant: TenantId, t: NewTemplate, actor: Actor): Promise<StoredTemplate> => {
  const last = await ctx.db
    .selectFrom('templates')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('tenant_id', '=', tenant)
    .where('template_key', '=', t.key)
    .where('audience', '=', t.audience)
    .where('channel', '=', t.channel)
    .where('locale', '=', t.locale)
    .executeTakeFirst();
  const row: TemplatesTable = {
    tenant_id: tenant,
    template_key: t.key,
    audience: t.audience,
    channel: t.channel,
    locale: t.locale,
    version: Number(last?.v ?? 0) + 1,
    body: t.body,
    status: 'active',
    created_at: ctx.now(),
    created_by: actor,
  };
  await ctx.db.insertInto('templates').values(row).execute();
  const saved = toTemplate(row);
  // The body is the tenant's own text, never personal data: the audit keeps it whole.
  await appendAuditIn(ctx, tenant, { actor, type: 'template.saved', subject: `template:${saved.id}`, data: { version: saved.version, body: t.body } });
  return saved;
};

export const activeTemplateRows = async (ctx: SqlContext, tenant: TenantId): Promise<readonly StoredTemplate[]> => {
  const rows = await ctx.db
    .selectFrom('templates')
    .selectAll()
    .where('tenant_id', '=', tenant)
    .where('status', '=', 'active')
    .orderBy('version', 'desc')
    .execute();
  const newest = new Map<string, StoredTemplate>();
  for (const r of rows) {
    const t = toTemplate(r);
    if (!newest.has(t.id)) newest.set(t.id, t);
  }
  return [...newest.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
};

export const findTemplateRow = async (
  ctx: SqlContext,
  tenant: TenantId,
  key: string,
  audience: Audience,
  channel: MessageChannel,
  locale: MessageLocale,
): Promise<StoredTemplate | undefined> => {
  const row = await ctx.db
    .selectFrom('templates')
    .selectAll()
    .where('tenant_id', '=', tenant)
    .where('template_key', '=', key)
    .where('audience', '=', audience)
    .where('channel', '=', channel)
    .where('locale', '=', locale)
    .where('status', '=', 'active')
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row === undefined ? undefined : toTemplate(row);
};
