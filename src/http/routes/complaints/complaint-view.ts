// A complaint as the API shows it: ISO instants, the SLA state at `now`.
import { withSla } from '../../../app/complaints/list-complaints.js';
import type { ComplaintRecord } from '../../../app/ports/complaint-store.js';

const iso = (ms: number): string => new Date(ms).toISOString();

export const complaintView = (c: ComplaintRecord, now: number): Record<string, unknown> => {
  const q = withSla(c, now);
  return {
    id: c.id,
    category: c.category,
    source: c.source,
    status: c.status,
    receivedAt: iso(c.receivedAt),
    ...(c.accountId === undefined ? {} : { accountId: c.accountId }),
    ...(c.personId === undefined ? {} : { personId: c.personId }),
    ...(c.phoneE164 === undefined ? {} : { phoneE164: c.phoneE164 }),
    messageIds: c.messageIds,
    peopleIds: c.peopleIds,
    ...(c.text === undefined ? {} : { text: c.text }),
    protectiveActions: c.protectiveActions,
    acknowledgeBy: iso(c.acknowledgeBy),
    resolveBy: iso(c.resolveBy),
    ...(q.dueAt === undefined ? {} : { dueAt: iso(q.dueAt) }),
    overdue: q.breach !== undefined,
    ...(q.breach === undefined ? {} : { breach: q.breach }),
    ...(c.acknowledgedAt === undefined ? {} : { acknowledgedAt: iso(c.acknowledgedAt) }),
    ...(c.resolvedAt === undefined ? {} : { resolvedAt: iso(c.resolvedAt) }),
    ...(c.resolution === undefined ? {} : { resolution: c.resolution }),
    ...(c.mediation === undefined
      ? {}
      : {
          mediation: {
            bodyId: c.mediation.bodyId,
            referredAt: iso(c.mediation.referredAt),
            collectionPaused: c.mediation.collectionPaused,
            ...(c.mediation.outcome === undefined ? {} : { outcome: c.mediation.outcome }),
            ...(c.mediation.concludedAt === undefined ? {} : { concludedAt: iso(c.mediation.concludedAt) }),
          },
        }),
    screenshots: c.screenshots,
    refs: c.refs,
  };
};
