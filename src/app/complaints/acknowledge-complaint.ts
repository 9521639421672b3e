// Acknowledging a received complaint (stops the acknowledgement clock).
import type { TactFailure } from '../../core/errors.js';
import type { TenantId } from '../../core/model/ids.js';
import type { Result } from '../../core/result.js';
import type { ComplaintRecord } from '../ports/complaint-store.js';
import type { Store } from '../ports/store.js';
import { stepResult } from './complaint-refusal.js';

export const acknowledgeComplaint = async (store: Store, tenant: TenantId, id: string, now: number, actor: string): Promise<Result<ComplaintRecord, TactFailure[]>> =>
  stepResult(await store.acknowledgeComplaint(tenant, id, now, actor));
