// Builds the evidence pack body from what the store holds (pure: no I/O, no clock).
// One entry per message with its decision, local times and counters; one per inbound
// reply with its effects; complaints as stored; the audit segment from audit-segment.ts.
import type { AuditEvent } from '../../core/audit/audit-chain.js';
import type { JsonValue } from '../../core/canonical-json.js';
import { EVIDENCE_FORMAT, type EvidencePackBody, type PackInbound, type PackMessage } from '../../core/evidence/evidence-pack.js';
import { maskName, maskPhone } from '../../core/evidence/mask.js';
import type { CompiledPolicy } from '../../core/policy/compiled-policy.js';
import { localTimeText } from '../../core/schedule/zone-day.js';
import type { EvidenceSource } from '../ports/evidence-store.js';
import type { ContactEventRecord, MessageRecord } from '../ports/store-records.js';
import { auditSegment } from './audit-segment.js';
import { inboundEffects } from './inbound-effects.js';
import { packCounters } from './pack-counters.js';
import { rulesInForce } from './rules-in-force.js';

const iso = (ms: number): string => new Date(ms).toISOString();
const isoOrNull = (ms: number | undefined): string | null => (ms === undefined ? null : iso(ms));

export interface BuildInput {
  readonly source: EvidenceSource;
  readonly subject: { readonly kind: 'account' | 'phone'; readonly label: string };
  readonly audit: readonly AuditEvent[];
  readonly head: { readonly seq: number; readonly hash: string } | undefined;
  readonly policy: CompiledPolicy;
  readonly sha256: (text: string) => string;
  readonly generatedAt: number;
  readonly generatedBy: string;
}

const personKey = (x: { readonly personId?: string; readonly personHash?: string }): string =>
  x.personId ?? `erased:${(x.personHash ?? '').slice(0, 12)}`;

const decisionOf = (raw: unknown): PackMessage['decision'] => {
  const d = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const { allowed, decidedAt, earliestAllowedAt, violations, ...other } = d;
  const vs = Array.isArray(violations) ? (violations as Record<string, unknown>[]) : [];
  return {
    allowed: typeof allowed === 'boolean' ? allowed : null,
    decidedAt: typeof decidedAt === 'string' ? decidedAt : null,
    earliestAllowedAt: typeof earliestAllowedAt === 'string' ? earliestAllowedAt : null,
    violations: vs.map((v) => ({ rule: String(v.rule ?? ''), reason: String(v.reason ?? ''), level: String(v.level ?? ''), citation: String(v.citation ?? '') })),
    other: JSON.parse(JSON.stringify(other)) as JsonValue,
  };
};

export const buildEvidencePack = (input: BuildInput): EvidencePackBody => {
  const { source: s, policy } = input;
  const zonesOf = new Map<string, readonly string[]>();
  for (const p of s.people) if (!zonesOf.has(p.personId)) zonesOf.set(p.personId, p.timeZones.length > 0 ? p.timeZones : policy.fallbackZones);
  const zones = (person: string): readonly string[] => zonesOf.get(person) ?? (policy.fallbackZones.length > 0 ? policy.fallbackZones : [s.tenant.timeZone]);
  const locals = (person: string, t: number) => zones(person).map((zone) => ({ zone, local: localTimeText(zone, t) }));
  const phoneOf = new Map(s.people.map((p) => [p.personId, p.phoneE164]));

  const byPerson = new Map<string, ContactEventRecord[]>();
  const sendOf = new Map<string, ContactEventRecord>();
  for (const e of s.contactEvents) {
    const k = personKey(e);
    byPerson.set(k, [...(byPerson.get(k) ?? []), e]);
    if (e.direction === 'outbound' && e.messageId !== undefined && !sendOf.has(e.messageId)) sendOf.set(e.messageId, e);
  }
  const thirdPartyByAccount = (accountId: string) =>
    s.contactEvents.filter((e) => e.direction === 'outbound' && e.party === 'third_party' && e.accountIds.includes(accountId as never));

  const messages = s.messages.map((m: MessageRecord): PackMessage => {
    const person = personKey(m);
    const send = sendOf.get(m.id);
    const at = send?.at ?? m.scheduledAt;
    const zone = zones(person)[0] ?? s.tenant.timeZone;
    return {
      id: m.id, accountIds: [...m.accountIds], person, party: m.party, channel: m.channel, purpose: m.purpose, state: m.state,
      to: m.to === undefined ? null : m.to.includes('@') ? m.to : maskPhone(m.to),
      text: m.body === undefined || m.body === '' ? null : m.body, templateId: m.templateId ?? null, verificationCode: m.verificationCode,
      createdAt: iso(m.createdAt), scheduledAt: iso(m.scheduledAt), sentAt: isoOrNull(send?.at),
      decision: decisionOf(m.decision),
      localTimes: locals(person, at),
      counters: send === undefined ? [] : packCounters(send, byPerson.get(person) ?? [], thirdPartyByAccount(m.accountIds[0] ?? ''), zone, policy.params),
      attempts: s.attempts.filter((a) => a.messageId === m.id).sort((a, b) => a.attempt - b.attempt).map((a) => ({
        attempt: a.attempt, worker: a.worker, claimedAt: iso(a.claimedAt), outcome: a.outcome ?? null, reason: a.reason ?? null, providerId: a.providerId ?? null,
      })),
      receipts: s.receipts.filter((r) => r.messageId === m.id).sort((a, b) => a.at - b.at)
        .map((r) => ({ status: r.status, errorCode: r.errorCode ?? null, at: iso(r.at) })),
    };
  });

  const inboundRows = s.contactEvents.filter((e) => e.direction === 'inbound');
  const inbound = inboundRows.map((e): PackInbound => {
    const person = personKey(e);
    return {
      id: e.id, at: iso(e.at), person, party: e.party, channel: e.channel, result: e.result, text: e.body ?? null,
      localTimes: locals(person, e.at),
      effects: inboundEffects(e, inboundRows, s.messages, s.reviews, input.audit),
    };
  });

  const times = [...s.messages.map((m) => m.createdAt), ...s.contactEvents.map((e) => e.at)];
  const complaintTimes = s.complaints.map((c) => c.received_at).filter((v): v is number => typeof v === 'number');
  times.push(...complaintTimes);
  const ids = new Set<string>([...s.accounts.map((a) => a.id), ...s.people.map((p) => p.personId), ...s.messages.map((m) => m.id),
    ...s.contactEvents.map((e) => e.id), ...s.complaints.map((c) => String(c.complaint_id ?? ''))]);

  return {
    format: EVIDENCE_FORMAT,
    tenant: { id: s.tenant.id, name: s.tenant.name, pack: s.tenant.pack },
    subject: input.subject,
    period: { from: times.length === 0 ? null : iso(Math.min(...times)), to: times.length === 0 ? null : iso(Math.max(...times)) },
    generatedAt: iso(input.generatedAt),
    generatedBy: input.generatedBy,
    rules: rulesInForce(policy, input.sha256),
    accounts: s.accounts.map((a) => ({ ...a })),
    people: s.people.map((p) => ({
      personId: p.personId, accountId: p.accountId, role: p.role, name: maskName(p.name), phone: maskPhone(phoneOf.get(p.personId) ?? p.phoneE164),
      timeZones: [...p.timeZones], confirmation: p.confirmation, confirmationAt: isoOrNull(p.confirmationAt), listedAt: iso(p.listedAt),
    })),
    messages,
    inbound,
    complaints: s.complaints.map((c) => ({ ...c })),
    suppressions: s.suppressions.map((x) => ({ scope: x.scope === '' ? 'tenant' : x.scope, reason: x.reason, at: iso(x.createdAt) })),
    audit: auditSegment(input.audit, ids, input.head),
  };
};
