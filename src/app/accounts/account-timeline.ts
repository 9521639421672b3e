// The account timeline (console account page; GET /v1/accounts/:id/timeline may reuse
// it): every message of the account with its decision (violations: rule, reason, level,
// citation), its delivery receipts, and every ledger row about the account — calls,
// replies, contacts made outside the outbox — newest first, each with the person's
// local time in every zone they may be in.
import type { Violation } from '../../core/model/decision.js';
import { personId, type AccountId, type TenantId } from '../../core/model/ids.js';
import type { AccountPersonRecord, AccountRecord } from '../ports/store-records.js';
import type { Store } from '../ports/store.js';
import type { MessageReceipt } from '../ports/timeline-store.js';

export interface TimelinePerson {
  readonly personId: string;
  readonly role: string;
  readonly name: string;
  readonly relationship?: string;
  readonly timeZones: readonly string[];
}

export interface LocalTime {
  readonly zone: string;
  /** "YYYY-MM-DD HH:MM" in the zone. */
  readonly time: string;
}

export interface TimelineEntry {
  readonly kind: 'message' | 'call' | 'reply' | 'contact';
  /** Epoch ms UTC: the message's scheduled instant, or the ledger row's. */
  readonly at: number;
  readonly personId?: string;
  readonly party?: string;
  readonly channel: string;
  readonly purpose?: string;
  /** Message state, or the ledger result. */
  readonly status: string;
  readonly allowed?: boolean;
  readonly violations: readonly Violation[];
  readonly earliestAllowedAt?: string;
  readonly receipts: readonly MessageReceipt[];
  /** Reply text (inbound) or message body. */
  readonly text?: string;
  readonly actor?: string;
  readonly localTimes: readonly LocalTime[];
  readonly id: string;
}

export interface AccountTimeline {
  readonly account: AccountRecord;
  readonly people: readonly TimelinePerson[];
  readonly entries: readonly TimelineEntry[];
}

const formatters = new Map<string, Intl.DateTimeFormat>();
/** "YYYY-MM-DD HH:MM" of `at` in `zone` (sv-SE prints ISO-like dates). */
export const localTime = (zone: string, at: number): string => {
  let f = formatters.get(zone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('sv-SE', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(zone, f);
  }
  return f.format(at);
};

const decisionParts = (decision: unknown): Pick<TimelineEntry, 'violations'> & { allowed?: boolean; earliestAllowedAt?: string } => {
  const d = (decision ?? {}) as { allowed?: unknown; violations?: unknown; earliestAllowedAt?: unknown };
  const violations = Array.isArray(d.violations) ? (d.violations as Violation[]) : [];
  return {
    violations,
    ...(typeof d.allowed === 'boolean' ? { allowed: d.allowed } : {}),
    ...(typeof d.earliestAllowedAt === 'string' ? { earliestAllowedAt: d.earliestAllowedAt } : {}),
  };
};

const toPerson = (p: AccountPersonRecord): TimelinePerson => ({
  personId: p.personId,
  role: p.role,
  name: p.name,
  ...(p.relationship === undefined ? {} : { relationship: p.relationship }),
  timeZones: p.timeZones,
});

export const accountTimeline = async (store: Store, tenant: TenantId, id: AccountId): Promise<AccountTimeline | undefined> => {
  const account = await store.getAccount(tenant, id);
  if (account === undefined) return undefined;
  const people = (await store.listAccountPeople(tenant, id)).map(toPerson);
  const zonesOf = new Map(people.map((p) => [p.personId, p.timeZones]));
  const times = (personId: string | undefined, at: number): LocalTime[] =>
    (personId === undefined ? [] : (zonesOf.get(personId) ?? [])).map((zone) => ({ zone, time: localTime(zone, at) }));
  const messages = await store.listAccountMessages(tenant, id);
  const receipts = await store.listMessageReceipts(tenant, messages.map((m) => m.id));
  const entries: TimelineEntry[] = messages.map((m) => ({
    kind: 'message',
    id: m.id,
    at: m.scheduledAt,
    ...(m.personId === undefined ? {} : { personId: m.personId }),
    party: m.party,
    channel: m.channel,
    purpose: m.purpose,
    status: m.state,
    ...decisionParts(m.decision),
    receipts: receipts.filter((r) => r.messageId === m.id),
    ...(m.body === undefined ? {} : { text: m.body }),
    localTimes: times(m.personId, m.scheduledAt),
  }));
  const events = (await Promise.all(people.map((p) => store.listContactEvents(tenant, personId(p.personId))))).flat();
  for (const e of events) {
    // Outbox sends are already shown as their message; the rest are calls, replies, other contacts.
    if (e.messageId !== undefined || !e.accountIds.includes(id)) continue;
    const kind = e.direction === 'inbound' ? 'reply' : e.channel === 'call' ? 'call' : 'contact';
    entries.push({
      kind,
      id: e.id,
      at: e.at,
      ...(e.personId === undefined ? {} : { personId: e.personId }),
      party: e.party,
      channel: e.channel,
      ...(e.purpose === undefined ? {} : { purpose: e.purpose }),
      status: e.result,
      violations: [],
      receipts: [],
      ...(e.body === undefined ? {} : { text: e.body }),
      ...(e.actor === undefined ? {} : { actor: e.actor }),
      localTimes: times(e.personId, e.at),
    });
  }
  entries.sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1));
  return { account, people, entries };
};
