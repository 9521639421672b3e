// Complaints (tables of migrations 0004 and 0010; docs/complaints.md). Text, number,
// findings and answers are sealed; screenshots are sealed blobs (base64 inside the
// seal). Every write appends its audit event in the same transaction; audit data names
// ids, categories and actions only, never text or numbers.
import type {
  ComplaintCount,
  ComplaintFilter,
  ComplaintRecord,
  ComplaintRefKind,
  NewComplaint,
  ScreenshotInfo,
} from '../../../app/ports/complaint-store.js';
import { canonicalJson } from '../../../core/canonical-json.js';
import type { ScreenshotType } from '../../../core/complaints/screenshot-type.js';
import type { TenantId } from '../../../core/model/ids.js';
import { appendAuditIn } from './audit-queries.js';
import { complaintDb, toComplaint } from './complaint-rows.js';
import type { ComplaintRow } from './complaint-schema.js';
import { seal, sealOptional, unseal, type SqlContext } from './sql-context.js';

export const fileComplaintIn = async (ctx: SqlContext, tenant: TenantId, c: NewComplaint, actor: string): Promise<ComplaintRecord> => {
  const db = complaintDb(ctx);
  const id = ctx.newId();
  const now = ctx.now();
  const row: ComplaintRow = {
    tenant_id: tenant,
    complaint_id: id,
    account_id: c.accountId ?? null,
    person_id: c.personId ?? null,
    person_hash: null,
    channel: c.source,
    category: c.category,
    details_enc: sealOptional(ctx, tenant, 'complaints.details', c.text),
    status: 'received',
    received_at: c.receivedAt,
    resolved_at: null,
    created_at: now,
    updated_at: now,
    source: c.source,
    message_ids: canonicalJson(c.messageIds),
    people_ids: canonicalJson(c.peopleIds),
    phone_enc: sealOptional(ctx, tenant, 'complaints.phone', c.phoneE164),
    acknowledge_by: c.deadlines.acknowledgeBy,
    resolve_by: c.deadlines.resolveBy,
    acknowledged_at: null,
    protective_actions: canonicalJson(c.protectiveActions),
    resolution_enc: null,
    resolution_actions: null,
    mediation_body_id: null,
    mediation_referred_at: null,
    mediation_outcome: null,
    mediation_concluded_at: null,
    mediation_paused_status: null,
  };
  await db.insertInto('complaints').values(row).execute();
  for (const s of c.screenshots) {
    await db
      .insertInto('complaint_screenshots')
      .values({
        tenant_id: tenant,
        screenshot_id: ctx.newId(),
        complaint_id: id,
        media_type: s.mediaType,
        size_bytes: s.bytes.length,
        data_enc: seal(ctx, tenant, 'complaint_screenshots.data', Buffer.from(s.bytes).toString('base64')),
        created_at: now,
      })
      .execute();
  }
  await insertRefsIn(ctx, tenant, id, c.refs);
  await appendAuditIn(ctx, tenant, {
    actor,
    type: 'complaint.filed',
    subject: `complaint:${id}`,
    data: {
      category: c.category,
      source: c.source,
      accountId: c.accountId ?? null,
      personId: c.personId ?? null,
      messageIds: c.messageIds,
      screenshots: c.screenshots.length,
      protectiveActions: c.protectiveActions,
      acknowledgeBy: c.deadlines.acknowledgeBy,
      resolveBy: c.deadlines.resolveBy,
    },
  });
  const stored = await getComplaintRow(ctx, tenant, id);
  if (stored === undefined) throw new Error('complaint vanished after insert');
  return stored;
};

export const insertRefsIn = async (ctx: SqlContext, tenant: TenantId, id: string, refs: readonly { kind: ComplaintRefKind; ref: string }[]): Promise<void> => {
  const unique = [...new Map(refs.map((r) => [`${r.kind}\u0000${r.ref}`, r])).values()];
  if (unique.length === 0) return;
  await complaintDb(ctx)
    .insertInto('complaint_refs')
    .values(unique.map((r) => ({ tenant_id: tenant, complaint_id: id, kind: r.kind, ref: r.ref, created_at: ctx.now() })))
    .onConflict((oc) => oc.columns(['tenant_id', 'complaint_id', 'kind', 'ref']).doNothing())
    .execute();
};

const hydrate = async (ctx: SqlContext, tenant: TenantId, rows: readonly ComplaintRow[]): Promise<ComplaintRecord[]> => {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.complaint_id);
  const db = complaintDb(ctx);
  const [shots, refs] = await Promise.all([
    db.selectFrom('complaint_screenshots').select(['complaint_id', 'screenshot_id', 'media_type', 'size_bytes'])
      .where('tenant_id', '=', tenant).where('complaint_id', 'in', ids).orderBy('created_at').orderBy('screenshot_id').execute(),
    db.selectFrom('complaint_refs').select(['complaint_id', 'kind', 'ref'])
      .where('tenant_id', '=', tenant).where('complaint_id', 'in', ids).orderBy('kind').orderBy('ref').execute(),
  ]);
  return rows.map((r) => toComplaint(ctx, tenant, r,
    shots.filter((s) => s.complaint_id === r.complaint_id),
    refs.filter((x) => x.complaint_id === r.complaint_id)));
};

export const getComplaintRow = async (ctx: SqlContext, tenant: TenantId, id: string): Promise<ComplaintRecord | undefined> => {
  const r = await complaintDb(ctx).selectFrom('complaints').selectAll().where('tenant_id', '=', tenant).where('complaint_id', '=', id).executeTakeFirst();
  return r === undefined ? undefined : (await hydrate(ctx, tenant, [r]))[0];
};

export const listComplaintRows = async (ctx: SqlContext, tenant: TenantId, f: ComplaintFilter): Promise<readonly ComplaintRecord[]> => {
  let q = complaintDb(ctx).selectFrom('complaints').selectAll().where('tenant_id', '=', tenant);
  if (f.statuses !== undefined && f.statuses.length > 0) q = q.where('status', 'in', [...f.statuses]);
  if (f.accountId !== undefined) q = q.where('account_id', '=', f.accountId);
  const at = f.overdueAt;
  if (at !== undefined) {
    // sla-clock.ts slaBreach: not acknowledged by acknowledge_by, or open at resolve_by.
    q = q.where((eb) => eb.or([
      eb.and([eb('status', '=', 'received'), eb('acknowledge_by', '<=', at)]),
      eb.and([eb('status', 'in', ['received', 'acknowledged']), eb('resolve_by', '<=', at)]),
    ]));
  }
  const limit = Math.min(500, Math.max(1, f.limit ?? 100));
  const rows = await q.orderBy('received_at').orderBy('complaint_id').limit(limit).execute();
  return hydrate(ctx, tenant, rows);
};

export const getScreenshotRow = async (
  ctx: SqlContext,
  tenant: TenantId,
  complaintId: string,
  screenshotId: string,
): Promise<(ScreenshotInfo & { readonly bytes: Uint8Array }) | undefined> => {
  const r = await complaintDb(ctx).selectFrom('complaint_screenshots').selectAll()
    .where('tenant_id', '=', tenant).where('complaint_id', '=', complaintId).where('screenshot_id', '=', screenshotId).executeTakeFirst();
  if (r === undefined) return undefined;
  const bytes = Buffer.from(unseal(ctx, tenant, 'complaint_screenshots.data', r.data_enc), 'base64');
  return { id: r.screenshot_id, mediaType: r.media_type as ScreenshotType, sizeBytes: Number(r.size_bytes), bytes: new Uint8Array(bytes) };
};

export const complaintCountRows = async (ctx: SqlContext, tenant: TenantId, range: { readonly from?: number; readonly to?: number }): Promise<readonly ComplaintCount[]> => {
  let q = complaintDb(ctx)
    .selectFrom('complaint_refs as r')
    .innerJoin('complaints as c', (j) => j.onRef('c.tenant_id', '=', 'r.tenant_id').onRef('c.complaint_id', '=', 'r.complaint_id'))
    .select((eb) => ['r.kind', 'r.ref', eb.fn.count<number>('r.complaint_id').distinct().as('n')])
    .where('r.tenant_id', '=', tenant);
  if (range.from !== undefined) q = q.where('c.received_at', '>=', range.from);
  if (range.to !== undefined) q = q.where('c.received_at', '<', range.to);
  const rows = await q.groupBy(['r.kind', 'r.ref']).orderBy('r.kind').orderBy('r.ref').execute();
  return rows.map((r) => ({ kind: r.kind as ComplaintRefKind, ref: r.ref, complaints: Number(r.n) }));
};

export const getComplaintSettingsRow = async (ctx: SqlContext, tenant: TenantId): Promise<unknown> => {
  const r = await complaintDb(ctx).selectFrom('tenant_complaint_settings').select('settings').where('tenant_id', '=', tenant).executeTakeFirst();
  return r === undefined ? undefined : (JSON.parse(r.settings) as unknown);
};

export const setComplaintSettingsIn = async (ctx: SqlContext, tenant: TenantId, settings: Readonly<Record<string, unknown>>, actor: string): Promise<void> => {
  const now = ctx.now();
  const json = canonicalJson(settings);
  await complaintDb(ctx)
    .insertInto('tenant_complaint_settings')
    .values({ tenant_id: tenant, settings: json, updated_at: now })
    .onConflict((oc) => oc.column('tenant_id').doUpdateSet({ settings: json, updated_at: now }))
    .execute();
  await appendAuditIn(ctx, tenant, { actor, type: 'complaint.settings_changed', subject: `tenant:${tenant}`, data: settings });
};

/**
 * Erasure (erase-person.ts): a person's complaints keep their ids, category, status and
 * dates, but lose the sealed number and resolution text and their screenshots. The
 * caller then replaces person_id by the hash and drops the details.
 */
export const eraseComplaintDataIn = async (ctx: SqlContext, tenant: TenantId, person: string): Promise<void> => {
  const db = complaintDb(ctx);
  const ids = (await db.selectFrom('complaints').select('complaint_id').where('tenant_id', '=', tenant).where('person_id', '=', person).execute()).map((r) => r.complaint_id);
  if (ids.length === 0) return;
  await db.deleteFrom('complaint_screenshots').where('tenant_id', '=', tenant).where('complaint_id', 'in', ids).execute();
  await db.updateTable('complaints').set({ phone_enc: null, resolution_enc: null }).where('tenant_id', '=', tenant).where('complaint_id', 'in', ids).execute();
};
