// A contact's consent history: when each account listed the number, whether and when
// the person confirmed or refused, opt-outs and other suppressions, erasure — from the
// account links, the suppression list and the audit chain (who did it: the actor).
import type { PersonId, TenantId } from '../../core/model/ids.js';
import type { Store } from '../ports/store.js';

export interface ConsentEntry {
  readonly at: string;
  /** listed | confirmed | refused | unconfirmed | suppressed | corrected | erased | … */
  readonly event: string;
  readonly accountId: string | null;
  readonly by: string;
  readonly detail: string | null;
}

const iso = (ms: number): string => new Date(ms).toISOString();

export const consentHistory = async (store: Store, tenant: TenantId, person: PersonId): Promise<readonly ConsentEntry[] | undefined> => {
  const facts = await store.consentFacts(tenant, person);
  if (facts === undefined) return undefined;
  const out: ConsentEntry[] = [];
  for (const l of facts.links) {
    out.push({ at: iso(l.listedAt), event: 'listed', accountId: l.accountId, by: 'import', detail: `role ${l.role}` });
  }
  for (const a of facts.audit) {
    const d = (a.data ?? {}) as { confirmation?: unknown; reason?: unknown; scope?: unknown; fields?: unknown };
    const account = a.subject.startsWith('account:') ? a.subject.slice(8) : null;
    if (a.type.startsWith('contact.')) {
      out.push({ at: iso(a.at), event: typeof d.confirmation === 'string' ? d.confirmation : a.type.slice(8), accountId: account, by: a.actor, detail: null });
    } else if (a.type === 'suppression.added') {
      out.push({ at: iso(a.at), event: 'suppressed', accountId: d.scope === 'tenant' ? null : String(d.scope ?? ''), by: a.actor, detail: String(d.reason ?? '') });
    } else if (a.type === 'person.corrected') {
      out.push({ at: iso(a.at), event: 'corrected', accountId: null, by: a.actor, detail: Array.isArray(d.fields) ? d.fields.join(', ') : null });
    }
  }
  // Suppressions older than the audit events that record them (or added by import) still show.
  for (const s of facts.suppressions) {
    if (out.some((e) => e.event === 'suppressed' && e.detail === s.reason)) continue;
    out.push({ at: iso(s.createdAt), event: 'suppressed', accountId: s.scope === '' ? null : s.scope, by: 'unknown', detail: s.reason });
  }
  return out.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
};
