// The complaint queue: open (or all) complaints with their SLA state at `now` — the next
// due date and which deadline, if any, is missed. Used by the API, CLI and console.
import { slaBreach, nextDue, type SlaBreach } from '../../core/complaints/sla-clock.js';
import type { ComplaintStatus } from '../../core/complaints/complaint-model.js';
import type { TenantId } from '../../core/model/ids.js';
import type { ComplaintFilter, ComplaintRecord } from '../ports/complaint-store.js';
import type { Store } from '../ports/store.js';

export const openStatuses: readonly ComplaintStatus[] = ['received', 'acknowledged', 'referred_to_mediation'];

export interface QueuedComplaint {
  readonly complaint: ComplaintRecord;
  /** Epoch ms of the next deadline; undefined once closed or with a mediator. */
  readonly dueAt?: number;
  readonly breach?: SlaBreach;
}

export const withSla = (c: ComplaintRecord, now: number): QueuedComplaint => {
  const dueAt = nextDue(c);
  const breach = slaBreach(c, now);
  return { complaint: c, ...(dueAt === undefined ? {} : { dueAt }), ...(breach === undefined ? {} : { breach }) };
};

export const listComplaints = async (
  store: Store,
  tenant: TenantId,
  options: { readonly overdue?: boolean; readonly statuses?: readonly ComplaintStatus[]; readonly limit?: number },
  now: number,
): Promise<readonly QueuedComplaint[]> => {
  const filter: ComplaintFilter = {
    ...(options.statuses === undefined ? {} : { statuses: options.statuses }),
    ...(options.overdue === true ? { overdueAt: now } : {}),
    ...(options.limit === undefined ? {} : { limit: options.limit }),
  };
  return (await store.listComplaints(tenant, filter)).map((c) => withSla(c, now));
};
