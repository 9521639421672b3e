// The peer for `npm run bench -- decide`: the same five rules (quiet hours, 7 calls in
// 7 days, 7 days after a conversation, third party once, opt-out) written the way a
// json-rules-engine user would: rules as JSON conditions, facts computed by fact
// functions straight from the JSON request (Luxon for local times, array filters over
// the history), no precomputed counters. Semantics follow Tact's rules (docs/policy.md)
// so the two can be compared; the agreement rate is reported by the benchmark.
import { Engine } from 'json-rules-engine';
import type { Almanac, RuleProperties } from 'json-rules-engine';
import { DateTime } from 'luxon';
import type { DecisionRequest, HistoryEvent } from '../../src/core/model/decision-request.js';

export const peerReasons = [
  'POLICY_QUIET_HOURS',
  'POLICY_CALL_FREQUENCY',
  'POLICY_AFTER_CONVERSATION',
  'POLICY_THIRD_PARTY_ONCE',
  'POLICY_OPTED_OUT',
] as const;

const packParams = {
  'us-regf': { quietFrom: 480, quietTo: 1260, callMax: 7, windowDays: 7, conversationDays: 7 },
  cn: { quietFrom: 480, quietTo: 1320, callMax: Number.POSITIVE_INFINITY, windowDays: 7, conversationDays: 0 },
} as const;
const fallbackZones = {
  'us-regf': ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles', 'America/Anchorage', 'Pacific/Honolulu'],
  cn: ['Asia/Shanghai'],
} as const;

const rules: RuleProperties[] = [
  {
    name: 'quiet-hours',
    conditions: {
      all: [
        { fact: 'timedChannel', operator: 'equal', value: true },
        { fact: 'validReply', operator: 'equal', value: false },
        {
          any: [
            { fact: 'localMinutes', path: '$.earliest', operator: 'lessThan', value: { fact: 'quietFrom' } },
            { fact: 'localMinutes', path: '$.latest', operator: 'greaterThanInclusive', value: { fact: 'quietTo' } },
          ],
        },
      ],
    },
    event: { type: 'POLICY_QUIET_HOURS' },
  },
  {
    name: 'call-frequency',
    conditions: {
      all: [
        { fact: 'pack', operator: 'equal', value: 'us-regf' },
        { fact: 'isCall', operator: 'equal', value: true },
        { fact: 'inConsentWindow', operator: 'equal', value: false },
        { fact: 'callsPerDebtInWindow', operator: 'greaterThanInclusive', value: { fact: 'callMax' } },
      ],
    },
    event: { type: 'POLICY_CALL_FREQUENCY' },
  },
  {
    name: 'after-conversation',
    conditions: {
      all: [
        { fact: 'pack', operator: 'equal', value: 'us-regf' },
        { fact: 'isCall', operator: 'equal', value: true },
        { fact: 'inConsentWindow', operator: 'equal', value: false },
        { fact: 'conversationsInQuietPeriod', operator: 'greaterThan', value: 0 },
      ],
    },
    event: { type: 'POLICY_AFTER_CONVERSATION' },
  },
  {
    name: 'third-party-once',
    conditions: {
      all: [
        { fact: 'pack', operator: 'equal', value: 'us-regf' },
        { fact: 'request', path: '$.contact.party', operator: 'equal', value: 'third_party' },
        { fact: 'request', path: '$.contact.purpose', operator: 'notEqual', value: 'opt_out_confirmation' },
        { fact: 'thirdPartyCommunication', path: '$.before', operator: 'equal', value: true },
        { fact: 'thirdPartyCommunication', path: '$.askedSince', operator: 'equal', value: false },
      ],
    },
    event: { type: 'POLICY_THIRD_PARTY_ONCE' },
  },
  {
    name: 'opt-out',
    conditions: {
      all: [
        { fact: 'optOut', path: '$.optedOut', operator: 'equal', value: true },
        { fact: 'optOut', path: '$.confirmationAllowed', operator: 'equal', value: false },
      ],
    },
    event: { type: 'POLICY_OPTED_OUT' },
  },
];

type Req = DecisionRequest;
const req = (a: Almanac): Promise<Req> => a.factValue<Req>('request');
const atMs = (r: Req): number => Date.parse(r.at);
const zonesOf = (r: Req): readonly string[] => (r.person.timeZones.length > 0 ? r.person.timeZones : fallbackZones[r.pack]);
const isCallChannel = (ch: string): boolean => ch === 'call' || ch === 'voicemail';
const toRecipient = (r: Req, e: HistoryEvent): boolean => e.personId === r.contact.personId && Date.parse(e.at) <= atMs(r);

/** Start of the local day `daysBack` days before the contact's local day, earliest over the zones. */
const windowStart = (r: Req, daysBack: number): number =>
  Math.min(...zonesOf(r).map((z) => DateTime.fromMillis(atMs(r), { zone: z }).startOf('day').minus({ days: daysBack }).toMillis()));

/** Consent windows, each cut at 7 local days (consent day = day 1) and at a conversation. */
const consentWindows = (r: Req): { from: number; end: number }[] =>
  (r.person.consentToCall ?? []).map((w) => {
    const from = Date.parse(w.from);
    let end = Date.parse(w.until);
    for (const z of zonesOf(r)) end = Math.min(end, DateTime.fromMillis(from, { zone: z }).startOf('day').plus({ days: 7 }).toMillis());
    for (const e of r.history) {
      const at = Date.parse(e.at);
      if (toRecipient(r, e) && e.channel === 'call' && e.result === 'conversation' && at >= from && at + 1 < end) end = at + 1;
    }
    return { from, end };
  });

const debtOf = (r: Req, accountId: string): string => r.accounts.find((a) => a.id === accountId)?.debtGroup ?? accountId;

export const createPeerEngine = (): Engine => {
  const engine = new Engine(rules, { allowUndefinedFacts: false });
  engine.addFact('localMinutes', async (_p, a) => {
    const r = await req(a);
    const minutes = zonesOf(r).map((z) => {
      const d = DateTime.fromISO(r.at).setZone(z);
      return d.hour * 60 + d.minute;
    });
    return { earliest: Math.min(...minutes), latest: Math.max(...minutes) };
  });
  engine.addFact('timedChannel', async (_p, a) => !['letter', 'web'].includes((await req(a)).contact.channel));
  engine.addFact('isCall', async (_p, a) => isCallChannel((await req(a)).contact.channel));
  engine.addFact('validReply', async (_p, a) => {
    const r = await req(a);
    const id = r.contact.replyTo;
    if (r.contact.purpose !== 'reply' || id === undefined) return false;
    const found = r.history.some((e) => toRecipient(r, e) && e.direction === 'inbound' && e.id === id && e.channel === r.contact.channel);
    const used = r.history.some((e) => toRecipient(r, e) && e.direction === 'outbound' && e.purpose === 'reply' && e.replyTo === id);
    return found && !used;
  });
  engine.addFact('inConsentWindow', async (_p, a) => {
    const r = await req(a);
    return consentWindows(r).some((w) => atMs(r) >= w.from && atMs(r) < w.end);
  });
  engine.addFact('callsPerDebtInWindow', async (_p, a) => {
    const r = await req(a);
    const start = windowStart(r, packParams[r.pack].windowDays - 1);
    const consents = consentWindows(r);
    const debts = [...new Set(r.contact.accountIds.map((id) => debtOf(r, id)))];
    const calls = r.history.filter((e) => {
      const at = Date.parse(e.at);
      return toRecipient(r, e) && e.direction === 'outbound' && isCallChannel(e.channel) && e.result !== 'busy' && e.result !== 'not_in_service' &&
        at >= start && !consents.some((w) => at >= w.from && at < w.end);
    });
    return Math.max(0, ...debts.map((d) => calls.filter((e) => e.accountIds.some((id) => debtOf(r, id) === d)).length));
  });
  engine.addFact('conversationsInQuietPeriod', async (_p, a) => {
    const r = await req(a);
    const start = windowStart(r, packParams[r.pack].conversationDays - 1);
    const debts = new Set(r.contact.accountIds.map((id) => debtOf(r, id)));
    return r.history.filter(
      (e) => toRecipient(r, e) && e.channel === 'call' && e.result === 'conversation' && Date.parse(e.at) >= start &&
        (e.discussedAccountIds ?? e.accountIds).some((id) => debts.has(debtOf(r, id))),
    ).length;
  });
  engine.addFact('thirdPartyCommunication', async (_p, a) => {
    const r = await req(a);
    const mine = r.history.filter((e) => toRecipient(r, e));
    const noContact = ['unanswered', 'busy', 'not_in_service', 'failed', 'wrong_party'];
    const comms = mine.filter((e) => e.direction === 'outbound' && e.party === 'third_party' && !noContact.includes(e.result)).map((e) => Date.parse(e.at));
    const inbound = mine.filter((e) => e.direction === 'inbound').map((e) => Date.parse(e.at));
    const last = Math.max(...comms);
    return { before: comms.length > 0, askedSince: inbound.some((t) => t > last) };
  });
  engine.addFact('optOut', async (_p, a) => {
    const r = await req(a);
    const ch = r.contact.channel;
    const t = atMs(r);
    const matching = (r.person.optOuts ?? [])
      .filter((o) => Date.parse(o.at) <= t && (o.channel === ch || (o.channel === 'call' && ch === 'voicemail')) && (o.to === undefined || o.to === r.contact.to))
      .map((o) => Date.parse(o.at));
    const latest = Math.max(...matching);
    const confirmations = r.history.filter((e) => toRecipient(r, e) && e.direction === 'outbound' && e.purpose === 'opt_out_confirmation').map((e) => Date.parse(e.at));
    return { optedOut: matching.length > 0, confirmationAllowed: r.contact.purpose === 'opt_out_confirmation' && Math.max(...confirmations) < latest };
  });
  return engine;
};

/** The reasons the peer finds for one request, sorted. */
export const peerDecide = async (engine: Engine, r: DecisionRequest): Promise<string[]> => {
  const p = packParams[r.pack];
  const result = await engine.run({ request: r, pack: r.pack, quietFrom: p.quietFrom, quietTo: p.quietTo, callMax: p.callMax });
  return result.events.map((e) => e.type).sort();
};
