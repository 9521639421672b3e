// DecisionRequest (ISO strings) → PreparedRequest (epoch ms, masks). Called once per
// request; the request is trusted (validated at the edge by parseDecisionRequest).
import {
  type DecisionRequest,
  type HistoryEvent,
  channels,
  parties,
  places,
  purposes,
} from '../model/decision-request.js';
import { disclosesDebt, hasOptOutInstruction } from './content-checks.js';
import { newCounters } from './counters.js';
import { eventFlags } from './event-flags.js';
import { summarizeHistory } from './history-summary.js';
import { parseInstant } from './parse-instant.js';
import { formatInstant } from './format-instant.js';
import { packRequest, writeSummary } from './pack-request.js';
import { prepareInconvenient } from './prepare-inconvenient.js';
import { type PreparedAccount, type PreparedEvent, type PreparedInconvenient, type PreparedRequest, borrowerUnreachable, contactKind, requestFacts } from './prepared-request.js';

// Shared empty lists and canonical (internalised) enum strings: fewer distinct objects
// for the hot path to touch, and string comparisons that are pointer comparisons.
const EMPTY: readonly never[] = Object.freeze([]);
const listOf = <T>(xs: readonly T[]): readonly T[] => (xs.length === 0 ? EMPTY : xs);
const canon = <T extends string>(values: readonly T[], v: T): T => values[values.indexOf(v)] ?? v;
/** The earliest instant, undefined when none (undefined costs no memory load). */
const minOf = (xs: readonly (number | undefined)[]): number | undefined => {
  let m: number | undefined;
  for (const x of xs) if (x !== undefined && (m === undefined || x < m)) m = x;
  return m;
};

// One shared frozen array per distinct zone list (people share a handful of lists).
const zoneLists = new Map<string, readonly string[]>();
const internZones = (zones: readonly string[]): readonly string[] => {
  if (zones.length === 0) return EMPTY;
  const key = zones.join(' ');
  let v = zoneLists.get(key);
  if (v === undefined) {
    v = Object.freeze([...zones]);
    if (zoneLists.size < 10_000) zoneLists.set(key, v);
  }
  return v;
};

const scratch = newCounters();

const ms = (iso: string | undefined): number | undefined => (iso === undefined ? undefined : parseInstant(iso));

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

  const event = (e: HistoryEvent): PreparedEvent => {
    const outbound = e.direction === 'outbound';
    const recipient = e.personId === c.personId;
    const sameTo = e.to !== undefined && e.to === c.to;
    return {
      id: e.id,
      at: parseInstant(e.at),
      channel: e.channel,
      outbound,
      recipient,
      sameTo,
      party: e.party,
      result: e.result,
      purpose: e.purpose,
      replyTo: e.replyTo,
      debtMask: maskOf(e.accountIds, accountDebtBit),
      discussedMask: maskOf(e.discussedAccountIds ?? e.accountIds, accountDebtBit),
      accountMask: maskOf(e.accountIds, accountBit),
      flags: eventFlags({ outbound, recipient, sameTo, channel: e.channel, result: e.result, party: e.party, purpose: e.purpose }),
    };
  };

  const inconvenient: PreparedInconvenient[] = (req.person.inconvenient ?? []).map(prepareInconvenient);

  const at = parseInstant(req.at);
  // Newest first: the scan stops at the first event older than every window.
  const history = req.history.map(event).sort((x, y) => y.at - x.at);
  const state = {
    ceaseAt: minOf(accounts.map((a) => a.ceaseReceivedAt)),
    attorneyAt: minOf(accounts.map((a) => a.attorneyKnownAt)),
    refusedAt: ms(req.person.contactRole?.refusedAt),
  };
  const block = packRequest(at, state, accounts.length, history);
  const channel = canon(channels, c.channel);
  writeSummary(block, summarizeHistory({ ...block, history, replyTo: c.replyTo, channel, accountCount: accounts.length }, scratch), accounts.length);
  const party = canon(parties, c.party);
  const purpose = canon(purposes, c.purpose);
  const lists = {
    consentToCall: listOf((req.person.consentToCall ?? []).map((w) => ({ from: parseInstant(w.from), until: parseInstant(w.until) }))),
    optOuts: listOf((req.person.optOuts ?? []).map((o) => ({ channel: o.channel, to: o.to, at: parseInstant(o.at) }))),
    wrongNumbers: listOf((req.person.wrongNumbers ?? []).map((w) => ({ to: w.to, learnedAt: parseInstant(w.learnedAt) }))),
    inconvenient: listOf(inconvenient),
    anyDispute: accounts.some((a) => a.disputedAt !== undefined),
    content: c.content,
    contentHasOptOut: c.content !== undefined && hasOptOutInstruction(c.content),
    contentDisclosesDebt: c.content !== undefined && disclosesDebt(c.content),
  };
  // Fields the hot path reads come first: V8 lays them out in this order, so a cold
  // request costs fewer cache lines. prepareCandidate writes the same fields in the
  // same order (one hidden class for both).
  return {
    pack: req.pack,
    buf: block.buf,
    bits: block.bits,
    off: block.off,
    ev: block.ev,
    evEnd: block.evEnd,
    kind: contactKind(channel, party, purpose),
    facts: requestFacts(lists, state),
    timeZones: internZones(req.person.timeZones),
    debtCount: debtBit.size,
    consentToCall: lists.consentToCall,
    optOuts: lists.optOuts,
    wrongNumbers: lists.wrongNumbers,
    inconvenient: lists.inconvenient,
    channel,
    party,
    purpose,
    anyDispute: lists.anyDispute,
    content: c.content,
    contentHasOptOut: lists.contentHasOptOut,
    atIso: formatInstant(at),
    accountCount: accounts.length,
    contentDisclosesDebt: lists.contentDisclosesDebt,
    borrowersUnreachable: accounts.length > 0 && accounts.every((a) => borrowerUnreachable(a.borrowerStatus)),
    confirmed: req.person.contactRole?.confirmed,
    accounts,
    to: c.to,
    replyTo: c.replyTo,
    place: c.place === undefined ? undefined : canon(places, c.place),
    personId: c.personId,
    history: c.replyTo === undefined ? EMPTY : history,
  };
};
