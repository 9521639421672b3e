// DecisionRequest (ISO strings) → PreparedRequest (epoch ms, masks). Called once per
// request; the request is trusted (validated at the edge by parseDecisionRequest).
import { type DecisionRequest, type HistoryEvent, weekdays } from '../model/decision-request.js';
import { parseWallTime } from '../schedule/permitted-window.js';
import type { PreparedAccount, PreparedEvent, PreparedInconvenient, PreparedRequest } from './prepared-request.js';

const ms = (iso: string | undefined): number | undefined => (iso === undefined ? undefined : Date.parse(iso));

const maskOf = (ids: readonly string[] | undefined, bitOf: ReadonlyMap<string, number>): number => {
  let m = 0;
  if (ids === undefined) return 0;
  for (const id of ids) {
    const b = bitOf.get(id);
    if (b !== undefined) m |= 1 << b;
  }
  return m;
};

export const prepareRequest = (req: DecisionRequest): PreparedRequest => {
  const c = req.contact;
  const debtKeyOf = new Map<string, string>();
  for (const a of req.accounts) debtKeyOf.set(a.id, a.debtGroup ?? a.id);
  // Bits: the contact's distinct debts (a debt group is one debt), and its accounts.
  const debtBit = new Map<string, number>();
  const accountBit = new Map<string, number>();
  c.accountIds.forEach((id, i) => {
    accountBit.set(id, i);
    const key = debtKeyOf.get(id) ?? id;
    if (!debtBit.has(key)) debtBit.set(key, debtBit.size);
  });
  // Any account (even one not in the contact) belonging to one of the contact's debts.
  const accountDebtBit = new Map<string, number>();
  for (const [id, key] of debtKeyOf) {
    const b = debtBit.get(key);
    if (b !== undefined) accountDebtBit.set(id, b);
  }
  for (const id of c.accountIds) accountDebtBit.set(id, debtBit.get(debtKeyOf.get(id) ?? id) as number);

  const accounts: PreparedAccount[] = c.accountIds.map((id) => {
    const a = req.accounts.find((x) => x.id === id);
    return {
      id,
      ceaseReceivedAt: ms(a?.ceaseReceivedAt),
      disputedAt: ms(a?.disputedAt),
      verificationSentAt: ms(a?.verificationSentAt),
      attorneyKnownAt: ms(a?.attorneyKnownAt),
      borrowerStatus: a?.borrowerStatus,
    };
  });

  const event = (e: HistoryEvent): PreparedEvent => ({
    id: e.id,
    at: Date.parse(e.at),
    channel: e.channel,
    outbound: e.direction === 'outbound',
    recipient: e.personId === c.personId,
    sameTo: e.to !== undefined && e.to === c.to,
    party: e.party,
    result: e.result,
    purpose: e.purpose,
    replyTo: e.replyTo,
    debtMask: maskOf(e.accountIds, accountDebtBit),
    discussedMask: maskOf(e.discussedAccountIds ?? e.accountIds, accountDebtBit),
    accountMask: maskOf(e.accountIds, accountBit),
  });

  const inconvenient: PreparedInconvenient[] = (req.person.inconvenient ?? []).map((x) => {
    let days = 0;
    for (const d of x.days ?? []) days |= 1 << weekdays.indexOf(d);
    const hasHours = x.from !== undefined || x.to !== undefined;
    return {
      days,
      from: hasHours ? parseWallTime(x.from ?? '00:00') : undefined,
      to: hasHours ? parseWallTime(x.to ?? '24:00') : undefined,
      until: ms(x.until) ?? Number.POSITIVE_INFINITY,
      place: x.place,
      channel: x.channel,
    };
  });

  const at = Date.parse(req.at);
  return {
    pack: req.pack,
    at,
    atIso: new Date(at).toISOString(),
    channel: c.channel,
    to: c.to,
    personId: c.personId,
    party: c.party,
    purpose: c.purpose,
    replyTo: c.replyTo,
    content: c.content,
    place: c.place,
    debtCount: debtBit.size,
    accounts,
    timeZones: req.person.timeZones,
    confirmed: req.person.contactRole?.confirmed,
    refusedAt: ms(req.person.contactRole?.refusedAt),
    inconvenient,
    optOuts: (req.person.optOuts ?? []).map((o) => ({ channel: o.channel, to: o.to, at: Date.parse(o.at) })),
    consentToCall: (req.person.consentToCall ?? []).map((w) => ({ from: Date.parse(w.from), until: Date.parse(w.until) })),
    wrongNumbers: (req.person.wrongNumbers ?? []).map((w) => ({ to: w.to, learnedAt: Date.parse(w.learnedAt) })),
    history: req.history.map(event),
  };
};
