// Complaint rows ↔ ComplaintRecord. Sealed columns (text, number, resolution) are opened
// with the tenant and column as associated data; screenshots and refs are read by the
// caller and passed in.
import type { ComplaintRecord, ComplaintRef, ComplaintRefKind, Mediation, Resolution, ScreenshotInfo } from '../../../app/ports/complaint-store.js';
import type { ComplaintCategory, ComplaintSource, ComplaintStatus, MediationOutcome, ProtectiveAction, ResolutionAction } from '../../../core/complaints/complaint-model.js';
import type { ScreenshotType } from '../../../core/complaints/screenshot-type.js';
import { accountId, messageId, personId, tenantId, type TenantId } from '../../../core/model/ids.js';
import type { ComplaintRow, ComplaintTables } from './complaint-schema.js';
import { unsealOptional, type SqlContext } from './sql-context.js';

export const complaintDb = (ctx: SqlContext) => ctx.db.withTables<ComplaintTables>();

const list = <T>(json: string | null): T[] => (json === null ? [] : (JSON.parse(json) as T[]));
const num = (v: number | null): number | undefined => (v === null ? undefined : Number(v));

const resolutionOf = (ctx: SqlContext, tenant: TenantId, r: ComplaintRow, refs: readonly ComplaintRef[]): Resolution | undefined => {
  const sealed = unsealOptional(ctx, tenant, 'complaints.resolution', r.resolution_enc);
  if (sealed === undefined) return undefined;
  const o = JSON.parse(sealed) as { findings: string; answer?: string; refs?: ComplaintRef[] };
  return {
    findings: o.findings,
    actions: list<ResolutionAction>(r.resolution_actions),
    ...(o.answer === undefined ? {} : { answer: o.answer }),
    refs: o.refs ?? refs,
  };
};

const mediationOf = (r: ComplaintRow): Mediation | undefined => {
  if (r.mediation_body_id === null || r.mediation_referred_at === null) return undefined;
  const concludedAt = num(r.mediation_concluded_at);
  return {
    bodyId: r.mediation_body_id,
    referredAt: Number(r.mediation_referred_at),
    collectionPaused: (r.mediation_paused_status ?? '') !== '',
    ...(r.mediation_outcome === null ? {} : { outcome: r.mediation_outcome as MediationOutcome }),
    ...(concludedAt === undefined ? {} : { concludedAt }),
  };
};

export const toComplaint = (
  ctx: SqlContext,
  tenant: TenantId,
  r: ComplaintRow,
  shots: readonly { screenshot_id: string; media_type: string; size_bytes: number }[],
  refs: readonly { kind: string; ref: string }[],
): ComplaintRecord => {
  const text = unsealOptional(ctx, tenant, 'complaints.details', r.details_enc);
  const phone = unsealOptional(ctx, tenant, 'complaints.phone', r.phone_enc);
  const refList: ComplaintRef[] = refs.map((x) => ({ kind: x.kind as ComplaintRefKind, ref: x.ref }));
  const resolution = resolutionOf(ctx, tenant, r, refList);
  const mediation = mediationOf(r);
  const ackAt = num(r.acknowledged_at);
  const resolvedAt = num(r.resolved_at);
  return {
    id: r.complaint_id,
    tenantId: tenantId(r.tenant_id),
    category: r.category as ComplaintCategory,
    source: (r.source ?? r.channel) as ComplaintSource,
    status: r.status as ComplaintStatus,
    receivedAt: Number(r.received_at),
    ...(r.account_id === null ? {} : { accountId: accountId(r.account_id) }),
    ...(r.person_id === null ? {} : { personId: personId(r.person_id) }),
    ...(phone === undefined ? {} : { phoneE164: phone }),
    messageIds: list<string>(r.message_ids).map(messageId),
    peopleIds: list<string>(r.people_ids).map(personId),
    ...(text === undefined ? {} : { text }),
    acknowledgeBy: Number(r.acknowledge_by ?? 0),
    resolveBy: Number(r.resolve_by ?? 0),
    protectiveActions: list<ProtectiveAction>(r.protective_actions),
    ...(ackAt === undefined ? {} : { acknowledgedAt: ackAt }),
    ...(resolvedAt === undefined ? {} : { resolvedAt }),
    ...(resolution === undefined ? {} : { resolution }),
    ...(mediation === undefined ? {} : { mediation }),
    screenshots: shots.map((s): ScreenshotInfo => ({ id: s.screenshot_id, mediaType: s.media_type as ScreenshotType, sizeBytes: Number(s.size_bytes) })),
    refs: refList,
  };
};
