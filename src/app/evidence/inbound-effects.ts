// What one inbound reply caused, read back from the store: the answer messages queued
// for it (their decision names the reply), the review opened for an agent, and the
// audit events about the same person (suppression, confirmation, refusal) recorded
// after the reply and before the person's next one.
import type { AuditEvent } from '../../core/audit/audit-chain.js';
import type { EvidenceReview } from '../ports/evidence-store.js';
import type { ContactEventRecord, MessageRecord } from '../ports/store-records.js';

const effectTypes = /^(suppression\.|contact\.|person\.|messages\.cancelled)/;

export const inboundEffects = (
  e: ContactEventRecord,
  inbound: readonly ContactEventRecord[],
  messages: readonly MessageRecord[],
  reviews: readonly EvidenceReview[],
  audit: readonly AuditEvent[],
): string[] => {
  const out: string[] = [];
  for (const m of messages) {
    const replyTo = (m.decision as { replyTo?: unknown } | null)?.replyTo;
    if (replyTo === e.id) out.push(`answer queued: ${m.purpose} message ${m.id} (${m.state})`);
  }
  for (const r of reviews) if (r.eventId === e.id) out.push(`flagged for an agent: ${r.reason}${r.resolvedAt === undefined ? '' : ' (resolved)'}`);
  const next = inbound.filter((x) => x.at > e.at && (x.personId ?? x.personHash) === (e.personId ?? e.personHash)).map((x) => x.at);
  const until = next.length === 0 ? Number.POSITIVE_INFINITY : Math.min(...next);
  if (e.personId !== undefined) {
    const person = e.personId;
    for (const a of audit) {
      if (a.at < e.at || a.at >= until || !effectTypes.test(a.type)) continue;
      const data = (a.data ?? {}) as { personId?: unknown; reason?: unknown; confirmation?: unknown };
      if (a.subject !== `person:${person}` && data.personId !== person) continue;
      out.push(`${a.type}${typeof data.reason === 'string' ? ` (${data.reason})` : ''} — audit seq ${a.seq}`);
    }
  }
  if (out.length === 0) out.push('none recorded');
  return out;
};
