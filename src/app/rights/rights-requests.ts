// The rights use cases (docs/evidence.md, "Rights"), shared by the REST API, the CLI and
// the portal: access (JSON + PDF), correction, erasure with a receipt. Each is recorded
// as a rights request whose reference the person keeps.
import type { TenantId } from '../../core/model/ids.js';
import { err, ok, type Result } from '../../core/result.js';
import { effectiveRetentionDays, retentionRules, DAY_MS } from '../../core/retention/retention-policy.js';
import type { Store } from '../ports/store.js';
import type { AccessDocument } from './access-document.js';
import { consentHistory } from './consent-history.js';

export interface RightsDeps {
  readonly store: Store;
  readonly now: () => number;
}

const iso = (ms: number): string => new Date(ms).toISOString();

export const requestAccess = async (deps: RightsDeps, tenant: TenantId, phoneE164: string, actor: string): Promise<Result<AccessDocument, 'not_found'>> => {
  const { store } = deps;
  const t = await store.getTenant(tenant);
  const data = await store.accessByPhone(tenant, phoneE164);
  if (t === undefined || data === undefined) return err('not_found');
  const source = await store.evidenceSource(tenant, { kind: 'phone', phoneE164 });
  const person = await store.findPersonByPhone(tenant, phoneE164);
  const history = person === undefined ? [] : ((await consentHistory(store, tenant, person.id)) ?? []);
  const earlier = await store.listRightsRequests(tenant, phoneE164);
  const decisions = (source?.messages ?? []).map((m) => {
    const d = (m.decision ?? {}) as { allowed?: unknown; violations?: { rule?: unknown }[] };
    return {
      messageId: m.id, state: m.state, allowed: typeof d.allowed === 'boolean' ? d.allowed : null,
      rules: (Array.isArray(d.violations) ? d.violations : []).map((v) => String(v.rule ?? '')),
    };
  });
  const complaints = source?.complaints ?? [];
  const request = await store.recordRightsRequest(tenant, {
    kind: 'access', phoneE164, ...(person === undefined ? {} : { personId: person.id }),
    outcome: { messages: data.person?.messages.length ?? 0, decisions: decisions.length, complaints: complaints.length },
  }, actor);
  return ok({
    format: 'tact-access/1', reference: request.reference, tenantName: t.name, generatedAt: iso(deps.now()), data, decisions,
    complaints, consentHistory: history, earlierRequests: earlier.map((r) => ({ reference: r.reference, kind: r.kind, at: iso(r.createdAt) })),
  });
};

export interface CorrectionInput {
  readonly phoneE164: string;
  readonly accountId?: string;
  readonly name?: string;
  readonly newPhoneE164?: string;
}

export const requestCorrection = async (
  deps: RightsDeps, tenant: TenantId, c: CorrectionInput, actor: string,
): Promise<Result<{ readonly reference: string; readonly fields: readonly string[] }, 'not_found' | 'phone_taken'>> => {
  const person = await deps.store.findPersonByPhone(tenant, c.phoneE164);
  if (person === undefined) return err('not_found');
  return deps.store.transaction(async (tx) => {
    const r = await tx.correctPerson(tenant, person.id, {
      ...(c.accountId === undefined ? {} : { accountId: c.accountId as never }),
      ...(c.name === undefined ? {} : { name: c.name }),
      ...(c.newPhoneE164 === undefined ? {} : { phoneE164: c.newPhoneE164 }),
    }, actor);
    if (!r.ok) return r;
    const req = await tx.recordRightsRequest(tenant, { kind: 'correction', phoneE164: c.newPhoneE164 ?? c.phoneE164, personId: person.id, outcome: { fields: r.value.fields } }, actor);
    return ok({ reference: req.reference, fields: r.value.fields });
  });
};

export interface ErasureReceipt {
  readonly reference: string;
  readonly erasedAt: string;
  readonly removed: { readonly links: number };
  /** Records the law requires to keep, pseudonymised (no number, no name, no text). */
  readonly retained: readonly { readonly record: string; readonly count: number; readonly basis: string; readonly keptUntil: string }[];
  readonly suppressed: true;
}

export const requestErasure = async (
  deps: RightsDeps, tenant: TenantId, phoneE164: string, actor: string,
): Promise<Result<ErasureReceipt, 'not_found'>> => {
  const { store } = deps;
  const t = await store.getTenant(tenant);
  const person = await store.findPersonByPhone(tenant, phoneE164);
  if (t === undefined || person === undefined) return err('not_found');
  const events = await store.listContactEvents(tenant, person.id);
  const lastActivity = Math.max(deps.now(), ...events.map((e) => e.at));
  const days = effectiveRetentionDays(t.pack, await store.getRetentionDays(tenant));
  const keptUntil = lastActivity + days * DAY_MS;
  return store.transaction(async (tx) => {
    const r = await tx.erasePerson(tenant, person.id, actor);
    if (!r.ok) return err('not_found' as const);
    const retained = r.value.contactEventsKept + r.value.messagesKept === 0 ? [] : [{
      record: 'contact ledger and message states (pseudonymised)', count: r.value.contactEventsKept + r.value.messagesKept,
      basis: retentionRules[t.pack].citation, keptUntil: iso(keptUntil),
    }];
    const req = await tx.recordRightsRequest(tenant, {
      kind: 'erasure', phoneE164, personId: person.id, retainedUntil: keptUntil,
      outcome: { linksDeleted: r.value.linksDeleted, contactEventsKept: r.value.contactEventsKept, messagesKept: r.value.messagesKept },
    }, actor);
    return ok({ reference: req.reference, erasedAt: iso(deps.now()), removed: { links: r.value.linksDeleted }, retained, suppressed: true as const });
  });
};
