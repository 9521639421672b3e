// The mediation body's outcome closes the complaint (`mediated`) and resumes collection
// if it was paused for the mediation.
import type { MediationOutcome } from '../../core/complaints/complaint-model.js';
import type { TactFailure } from '../../core/errors.js';
import type { TenantId } from '../../core/model/ids.js';
import type { Result } from '../../core/result.js';
import type { ComplaintRecord } from '../ports/complaint-store.js';
import type { Store } from '../ports/store.js';
import { stepResult } from './complaint-refusal.js';

export const recordMediationOutcome = async (
  store: Store,
  tenant: TenantId,
  id: string,
  outcome: MediationOutcome,
  now: number,
  actor: string,
): Promise<Result<ComplaintRecord, TactFailure[]>> => stepResult(await store.recordMediationOutcome(tenant, id, outcome, now, actor));
