// The audit-chain segment of a pack: every event from the first to the last one that
// names the pack's accounts, people, messages or complaints (by subject or by an id in
// its data). Events in between that concern others keep only seq, prev hash and hash:
// the links still prove nothing was removed, and nobody else's ids are shown.
import type { AuditEvent } from '../../core/audit/audit-chain.js';
import type { JsonValue } from '../../core/canonical-json.js';
import type { PackAuditEvent, PackAuditSegment } from '../../core/evidence/evidence-pack.js';

const strings = (v: unknown, out: string[]): string[] => {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (typeof v === 'object' && v !== null) for (const x of Object.values(v)) strings(x, out);
  return out;
};

export const concerns = (e: AuditEvent, ids: ReadonlySet<string>): boolean => {
  const colon = e.subject.indexOf(':');
  if (colon >= 0 && ids.has(e.subject.slice(colon + 1))) return true;
  return strings(e.data, []).some((s) => ids.has(s));
};

export const auditSegment = (
  chain: readonly AuditEvent[],
  ids: ReadonlySet<string>,
  head: { readonly seq: number; readonly hash: string } | undefined,
): PackAuditSegment => {
  const hits = chain.map((e) => concerns(e, ids));
  const first = hits.indexOf(true);
  const last = hits.lastIndexOf(true);
  const events: PackAuditEvent[] = [];
  if (first >= 0) {
    for (let i = first; i <= last; i += 1) {
      const e = chain[i]!;
      events.push(hits[i]
        ? { seq: e.seq, at: e.at, actor: e.actor, type: e.type, subject: e.subject, data: e.data as JsonValue, prevHash: e.prevHash, hash: e.hash }
        : { seq: e.seq, prevHash: e.prevHash, hash: e.hash, omitted: true });
    }
  }
  return {
    fromSeq: events[0]?.seq ?? 0,
    toSeq: events.at(-1)?.seq ?? 0,
    head: head === undefined ? null : { seq: head.seq, hash: head.hash },
    events,
  };
};
