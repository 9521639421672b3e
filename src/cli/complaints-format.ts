// Text output of `tact complaints`: the queue as aligned columns with the SLA state, and
// one complaint in full. Instants are shown in the tenant's zone.
import type { QueuedComplaint } from '../app/complaints/list-complaints.js';
import type { ComplaintRecord } from '../app/ports/complaint-store.js';

export const localTime = (ms: number, zone: string): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .format(ms).replace(',', '');

const pad = (rows: readonly (readonly string[])[]): string => {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
};

export const formatQueue = (items: readonly QueuedComplaint[], zone: string): string => {
  const head = ['ID', 'RECEIVED', 'CATEGORY', 'SOURCE', 'STATUS', 'DUE', 'SLA'];
  const rows = items.map((q) => [
    q.complaint.id,
    localTime(q.complaint.receivedAt, zone),
    q.complaint.category,
    q.complaint.source,
    q.complaint.status,
    q.dueAt === undefined ? '-' : localTime(q.dueAt - 1, zone),
    q.breach === undefined ? 'ok' : `OVERDUE (${q.breach})`,
  ]);
  const late = items.filter((q) => q.breach !== undefined).length;
  return `${rows.length === 0 ? '' : `${pad([head, ...rows])}\n`}${items.length} complaint(s), ${late} overdue (times in ${zone})\n`;
};

export const formatComplaint = (q: QueuedComplaint, zone: string): string => {
  const c: ComplaintRecord = q.complaint;
  const lines: [string, string | undefined][] = [
    ['id', c.id],
    ['category', c.category],
    ['source', c.source],
    ['status', c.status],
    ['received', localTime(c.receivedAt, zone)],
    ['acknowledge by', localTime(c.acknowledgeBy - 1, zone)],
    ['resolve by', localTime(c.resolveBy - 1, zone)],
    ['sla', q.breach === undefined ? 'ok' : `OVERDUE (${q.breach})`],
    ['account', c.accountId],
    ['person', c.personId],
    ['messages', c.messageIds.join(', ') || undefined],
    ['protective actions', c.protectiveActions.join(', ') || undefined],
    ['text', c.text],
    ['screenshots', c.screenshots.length === 0 ? undefined : c.screenshots.map((s) => `${s.id} ${s.mediaType} ${s.sizeBytes} B`).join('; ')],
    ['acknowledged', c.acknowledgedAt === undefined ? undefined : localTime(c.acknowledgedAt, zone)],
    ['resolved', c.resolvedAt === undefined ? undefined : localTime(c.resolvedAt, zone)],
    ['findings', c.resolution?.findings],
    ['actions taken', c.resolution?.actions.join(', ')],
    ['answer', c.resolution?.answer],
    ['mediation', c.mediation === undefined ? undefined : `${c.mediation.bodyId} since ${localTime(c.mediation.referredAt, zone)}${c.mediation.collectionPaused ? ', collection paused' : ''}${c.mediation.outcome === undefined ? '' : `, outcome ${c.mediation.outcome}`}`],
    ['versions', c.refs.length === 0 ? undefined : c.refs.map((r) => `${r.kind}:${r.ref}`).join(', ')],
  ];
  return `${lines.filter((l): l is [string, string] => l[1] !== undefined).map(([k, v]) => `${`${k}:`.padEnd(20)}${v}`).join('\n')}\n`;
};
