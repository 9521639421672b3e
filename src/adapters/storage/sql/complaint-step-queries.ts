// Complaint steps that change its status (acknowledge, resolve, refer to mediation,
// mediation outcome), checked against the life-cycle table inside the write
// transaction, plus the account-side effect of mediation: pausing collection
// while a mediation runs (account status `paused`, planned messages cancelled; the
// outcome restores the status kept on the complaint if the account is still paused).
import type { ComplaintRecord, ComplaintRefusal, Resolution } from '../../../app/ports/complaint-store.js';
import { canonicalJson } from '../../../core/canonical-json.js';
import type { MediationOutcome } from '../../../core/complaints/complaint-model.js';
import { nextStatus, type ComplaintStep } from '../../../core/complaints/complaint-transitions.js';
import type { AccountId, TenantId } from '../../../core/model/ids.js';
import { err, ok, type Result } from '../../../core/result.js';
import { appendAuditIn } from './audit-queries.js';
import { complaintDb } from './complaint-rows.js';
import type { ComplaintRow } from './complaint-schema.js';
import { getComplaintRow, insertRefsIn } from './complaint-queries.js';
import { cancelPendingMessagesIn } from './payment-queries.js';
import { seal, type SqlContext } from './sql-context.js';

type Step = Result<ComplaintRecord, ComplaintRefusal>;

/** Locks the row (PostgreSQL FOR UPDATE), checks the step and applies `changes`. */
const stepIn = async (
  ctx: SqlContext,
  tenant: TenantId,
  id: string,
  step: ComplaintStep,
  at: number,
  actor: string,
  changes: (row: ComplaintRow) => Promise<{ readonly set: Partial<ComplaintRow>; readonly audit: Record<string, unknown> }>,
): Promise<Step> => {
  const db = complaintDb(ctx);
  let q = db.selectFrom('complaints').selectAll().where('tenant_id', '=', tenant).where('complaint_id', '=', id);
  if (ctx.caps.supportsForUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (row === undefined) return err('not_found');
  const to = nextStatus(row.status as ComplaintRecord['status'], step);
  if (to === undefined) return err('bad_transition');
  const { set, audit } = await changes(row);
  await db.updateTable('complaints').set({ ...set, status: to, updated_at: ctx.now() }).where('tenant_id', '=', tenant).where('complaint_id', '=', id).execute();
  await appendAuditIn(ctx, tenant, { actor, type: `complaint.${step}`, subject: `complaint:${id}`, data: { from: row.status, to, at, ...audit } });
  const stored = await getComplaintRow(ctx, tenant, id);
  return stored === undefined ? err('not_found') : ok(stored);
};

export const acknowledgeComplaintIn = (ctx: SqlContext, tenant: TenantId, id: string, at: number, actor: string): Promise<Step> =>
  stepIn(ctx, tenant, id, 'acknowledge', at, actor, async () => ({ set: { acknowledged_at: at }, audit: {} }));

export const resolveComplaintIn = (ctx: SqlContext, tenant: TenantId, id: string, r: Resolution, at: number, actor: string): Promise<Step> =>
  stepIn(ctx, tenant, id, 'resolve', at, actor, async () => {
    await insertRefsIn(ctx, tenant, id, r.refs);
    const sealed = seal(ctx, tenant, 'complaints.resolution', JSON.stringify({ findings: r.findings, ...(r.answer === undefined ? {} : { answer: r.answer }) }));
    return {
      set: { resolved_at: at, resolution_enc: sealed, resolution_actions: canonicalJson(r.actions) },
      audit: { actions: r.actions, answerSent: r.answer !== undefined, refs: r.refs },
    };
  });

export const referComplaintIn = (
  ctx: SqlContext,
  tenant: TenantId,
  id: string,
  referral: { readonly bodyId: string; readonly pauseCollection: boolean },
  at: number,
  actor: string,
): Promise<Step> =>
  stepIn(ctx, tenant, id, 'refer_to_mediation', at, actor, async (row) => {
    let paused = '';
    let cancelled = 0;
    if (referral.pauseCollection && row.account_id !== null) {
      const acc = await ctx.db.selectFrom('accounts').select('status').where('tenant_id', '=', tenant).where('account_id', '=', row.account_id).executeTakeFirst();
      if (acc !== undefined && acc.status !== 'paused') {
        paused = acc.status;
        await ctx.db.updateTable('accounts').set({ status: 'paused', updated_at: ctx.now() }).where('tenant_id', '=', tenant).where('account_id', '=', row.account_id).execute();
        cancelled = (await cancelPendingMessagesIn(ctx, tenant, row.account_id as AccountId, 'mediation', actor)).length;
      }
    }
    return {
      set: { mediation_body_id: referral.bodyId, mediation_referred_at: at, mediation_paused_status: paused },
      audit: { bodyId: referral.bodyId, collectionPaused: paused !== '', previousAccountStatus: paused === '' ? null : paused, cancelledMessages: cancelled },
    };
  });

export const recordMediationOutcomeIn = (ctx: SqlContext, tenant: TenantId, id: string, outcome: MediationOutcome, at: number, actor: string): Promise<Step> =>
  stepIn(ctx, tenant, id, 'record_mediation_outcome', at, actor, async (row) => {
    let resumed: string | null = null;
    const prior = row.mediation_paused_status ?? '';
    if (prior !== '' && row.account_id !== null) {
      // Only undo our own pause: an import or an operator may have changed it since.
      const res = await ctx.db.updateTable('accounts').set({ status: prior, updated_at: ctx.now() })
        .where('tenant_id', '=', tenant).where('account_id', '=', row.account_id).where('status', '=', 'paused').executeTakeFirst();
      if (Number(res.numUpdatedRows) > 0) resumed = prior;
    }
    return { set: { mediation_outcome: outcome, mediation_concluded_at: at, resolved_at: at }, audit: { outcome, resumedAccountStatus: resumed } };
  });
