// Referring an open complaint to a mediation body the tenant named in its settings.
// Collection on the account pauses while the mediation runs when the tenant's settings
// say so (pauseDuringMediation); the outcome (record-mediation-outcome.ts) resumes it.
import { failure, type TactFailure } from '../../core/errors.js';
import type { TenantId } from '../../core/model/ids.js';
import { err, type Result } from '../../core/result.js';
import type { ComplaintRecord } from '../ports/complaint-store.js';
import type { Store } from '../ports/store.js';
import { stepResult } from './complaint-refusal.js';
import { loadComplaintSettings } from './complaint-settings.js';

export const referToMediation = async (
  store: Store,
  tenant: TenantId,
  id: string,
  bodyId: string,
  now: number,
  actor: string,
): Promise<Result<ComplaintRecord, TactFailure[]>> => {
  const t = await store.getTenant(tenant);
  if (t === undefined) return err([failure('TACT_ERR_STORE_UNKNOWN_TENANT', { path: 'tenant' })]);
  const settings = await loadComplaintSettings(store, t);
  if (!settings.mediationBodies.some((b) => b.id === bodyId)) return err([failure('TACT_ERR_COMPLAINT_UNKNOWN_MEDIATION_BODY', { path: 'bodyId' })]);
  return stepResult(await store.referComplaintToMediation(tenant, id, { bodyId, pauseCollection: settings.pauseDuringMediation }, now, actor));
};
