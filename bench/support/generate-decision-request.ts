// Realistic, fake decision requests for the decide benchmark and property tests:
// both packs, 5 to 30 history events over the last 3 weeks, two zones for a quarter
// of the people, borrowers and third parties, mixed channels and purposes, a few
// opt-outs, designations, consents and account states. Deterministic for a seed.
// Numbers are fake (+1 202 555 01xx, +86 138 0013 8xxx); e-mails at example.com.
import { DateTime } from 'luxon';
import type {
  AccountState,
  Channel,
  ContactResult,
  DecisionRequest,
  HistoryEvent,
  PackId,
  Person,
  Purpose,
} from '../../src/core/model/decision-request.js';
import { Prng } from './prng.js';

const usZones = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles', 'America/Anchorage', 'Pacific/Honolulu'];
const cnZones = ['Asia/Shanghai', 'Asia/Shanghai', 'Asia/Shanghai', 'Asia/Urumqi', 'Asia/Hong_Kong'];
const DAY_MS = 86_400_000;
// Proposed contacts fall between 2026-01-05 and 2026-12-20 (both US DST changes inside).
const FIRST_DAY = Date.UTC(2026, 0, 5);
const DAYS = 349;

const phone = (pack: PackId, n: number): string =>
  pack === 'us-regf' ? `+1202555${String(100 + (n % 100)).slice(1)}` : `+861380013${String(8000 + (n % 1000))}`;

// 30 % of instants are written with the person's UTC offset at the proposed contact
// (any offset names the same instant; this one is what a local system would print).
let offsetMinutes = 0;
const iso = (ms: number, zone: string | undefined, prng: Prng): string => {
  if (zone === undefined || offsetMinutes === 0 || !prng.chance(0.3)) return new Date(ms).toISOString();
  const abs = Math.abs(offsetMinutes);
  const suffix = `${offsetMinutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return new Date(ms + offsetMinutes * 60_000).toISOString().replace('Z', suffix);
};

const hourWeights: readonly (readonly [number, number])[] = [[6, 1], [7, 2], [8, 4], [9, 6], [10, 6], [11, 6], [12, 5], [13, 5], [14, 6], [15, 6], [16, 6], [17, 5], [18, 4], [19, 3], [20, 3], [21, 2], [22, 1]];

// Luxon answers "when is 10:00 on that day in that zone" in ~20 µs; the generator asks
// the same few thousand questions a million times, so answers are remembered.
const localHours = new Map<string, { readonly utcMs: number; readonly offset: number }>();
const localHour = (zone: string, dayIndex: number, hour: number): { readonly utcMs: number; readonly offset: number } => {
  const key = `${zone}|${dayIndex}|${hour}`;
  let found = localHours.get(key);
  if (found === undefined) {
    const d = DateTime.fromMillis(FIRST_DAY + dayIndex * DAY_MS, { zone: 'UTC' })
      .setZone(zone, { keepLocalTime: true })
      .set({ hour });
    found = { utcMs: d.toMillis(), offset: d.offset };
    localHours.set(key, found);
  }
  return found;
};

/** One request; `n` numbers the people so that ids and fake numbers vary. */
export const generateDecisionRequest = (prng: Prng, n: number): DecisionRequest => {
  const pack: PackId = prng.chance(0.5) ? 'us-regf' : 'cn';
  const zonePool = pack === 'us-regf' ? usZones : cnZones;
  const zones = prng.chance(0.03) ? [] : prng.chance(0.25) ? twoZones(prng, zonePool) : [prng.pick(zonePool)];
  const home = zones[0];
  // A local time of day between 06:00 and 23:59, mostly in the working day.
  const dayIndex = prng.int(0, DAYS);
  const hour = prng.weighted<number>(hourWeights);
  const local = localHour(home ?? 'UTC', dayIndex, hour);
  const atMs = local.utcMs + prng.int(0, 59) * 60_000;
  offsetMinutes = local.offset;

  const borrowerId = `p${n}`;
  const accounts = generateAccounts(prng, pack, n, atMs, home);
  const accountIds = accounts.map((a) => a.id);
  const third = prng.chance(0.2);
  const recipientId = third ? `p${n}c${prng.int(1, 3)}` : borrowerId;
  const channel = prng.weighted<Channel>([['call', 45], ['sms', 40], ['email', 10], ['voicemail', 5]]);
  const to = channel === 'email' ? `${recipientId}@example.com` : phone(pack, n + (third ? 50 : 0));
  const purpose: Purpose = third
    ? prng.weighted<Purpose>([['location', 6], ['consent_request', pack === 'cn' ? 3 : 0], ['collection', 1]])
    : prng.weighted<Purpose>([['collection', 90], ['reply', 3], ['opt_out_confirmation', 2], ['legally_required', 2]]);
  const history = generateHistory(prng, { pack, n, atMs, home, borrowerId, recipientId, to, accountIds });
  const person = generatePerson(prng, { recipientId, zones, third, to, channel, atMs, home });
  const lastInbound = history.find((e) => e.direction === 'inbound' && e.id !== undefined);
  return {
    pack,
    at: iso(atMs, home, prng),
    contact: {
      channel,
      to,
      personId: recipientId,
      party: third ? 'third_party' : 'borrower',
      accountIds: prng.chance(0.8) ? accountIds.slice(0, 1) : accountIds,
      purpose,
      ...(purpose === 'reply' && lastInbound?.id !== undefined ? { replyTo: lastInbound.id } : {}),
      ...(prng.chance(0.3) ? { actor: prng.chance(0.5) ? 'lender' : `agency:${prng.int(1, 4)}` } : {}),
    },
    person,
    accounts,
    history,
  };
};

const twoZones = (prng: Prng, pool: readonly string[]): string[] => {
  const a = prng.pick(pool);
  let b = prng.pick(pool);
  while (b === a) b = prng.pick(pool === cnZones ? ['Asia/Urumqi', 'Asia/Hong_Kong', 'Asia/Shanghai'] : pool);
  return [a, b];
};

const generateAccounts = (prng: Prng, pack: PackId, n: number, atMs: number, zone: string | undefined): AccountState[] => {
  const count = prng.weighted<number>([[1, 8], [2, 2]]);
  const out: AccountState[] = [];
  for (let i = 0; i < count; i++) {
    const past = (days: number): string => iso(atMs - prng.int(1, days) * DAY_MS, zone, prng);
    out.push({
      id: `a${n}-${i}`,
      ...(count > 1 && prng.chance(0.3) ? { debtGroup: `g${n}` } : {}),
      daysPastDue: prng.int(1, 120),
      ...(prng.chance(0.01) ? { ceaseReceivedAt: past(20) } : {}),
      ...(prng.chance(0.02) ? { disputedAt: past(30) } : {}),
      ...(prng.chance(0.01) ? { verificationSentAt: past(10) } : {}),
      ...(pack === 'us-regf' && prng.chance(0.01) ? { attorneyKnownAt: past(30) } : {}),
      ...(pack === 'cn' ? { borrowerStatus: prng.weighted([['reachable', 70], ['unreachable', 25], ['deceased', 2], ['incapacitated', 3]] as const) } : {}),
    });
  }
  return out;
};

interface HistoryContext {
  readonly pack: PackId;
  readonly n: number;
  readonly atMs: number;
  readonly home: string | undefined;
  readonly borrowerId: string;
  readonly recipientId: string;
  readonly to: string;
  readonly accountIds: readonly string[];
}

const callResults = [['unanswered', 35], ['voicemail', 15], ['busy', 10], ['not_in_service', 3], ['answered', 10], ['conversation', 8], ['wrong_party', 2]] as const;
const textResults = [['sent', 20], ['delivered', 75], ['failed', 5]] as const;

const generateHistory = (prng: Prng, c: HistoryContext): HistoryEvent[] => {
  const count = prng.int(5, 30);
  const out: HistoryEvent[] = [];
  for (let i = 0; i < count; i++) {
    const atMs = c.atMs - prng.int(10, 21 * 24 * 60) * 60_000;
    const toRecipient = c.recipientId === c.borrowerId || prng.chance(0.5);
    const personId = toRecipient ? c.recipientId : c.borrowerId;
    const party = personId === c.borrowerId ? 'borrower' : 'third_party';
    const inbound = prng.chance(0.08);
    const channel = inbound ? prng.pick<Channel>(['sms', 'call', 'web']) : prng.weighted<Channel>([['call', 6], ['sms', 4]]);
    const result: ContactResult = channel === 'web' ? 'session' : channel === 'call' ? (inbound ? 'conversation' : prng.weighted<ContactResult>(callResults)) : prng.weighted<ContactResult>(textResults);
    const accountIds = prng.chance(0.8) ? c.accountIds.slice(0, 1) : [...c.accountIds];
    // Built by assignment: conditional spreads cost about as much as the rest together.
    const e: { -readonly [K in keyof HistoryEvent]: HistoryEvent[K] } = {
      at: iso(atMs, c.home, prng),
      channel,
      direction: inbound ? 'inbound' : 'outbound',
      personId,
      party,
      accountIds,
      result,
    };
    if (prng.chance(0.5) || inbound) e.id = `e${c.n}-${i}`;
    if (channel !== 'web') e.to = toRecipient ? c.to : phone(c.pack, c.n);
    if (result === 'conversation') e.discussedAccountIds = accountIds;
    if (!inbound) e.purpose = party === 'borrower' ? 'collection' : 'location';
    if (prng.chance(0.3)) e.actor = prng.chance(0.5) ? 'lender' : `agency:${prng.int(1, 4)}`;
    out.push(e);
  }
  return out;
};

interface PersonContext {
  readonly recipientId: string;
  readonly zones: readonly string[];
  readonly third: boolean;
  readonly to: string;
  readonly channel: Channel;
  readonly atMs: number;
  readonly home: string | undefined;
}

const generatePerson = (prng: Prng, c: PersonContext): Person => {
  const ago = (days: number): string => iso(c.atMs - prng.int(60_000, days * DAY_MS), c.home, prng);
  return {
    id: c.recipientId,
    timeZones: [...c.zones],
    ...(c.third ? { contactRole: { confirmed: prng.chance(0.7), ...(prng.chance(0.05) ? { refusedAt: ago(30) } : {}) } } : {}),
    ...(prng.chance(0.05)
      ? { inconvenient: [{ days: [prng.pick(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const)], from: '12:00', to: '14:00' }, ...(prng.chance(0.3) ? [{ channel: 'call' as const, until: iso(c.atMs + 10 * DAY_MS, c.home, prng) }] : [])] }
      : {}),
    ...(prng.chance(0.05) ? { optOuts: [{ channel: c.channel, ...(prng.chance(0.5) ? { to: c.to } : {}), at: ago(20) }] } : {}),
    ...(prng.chance(0.01) ? { consentToCall: [{ from: ago(2), until: iso(c.atMs + 3 * DAY_MS, c.home, prng) }] } : {}),
  };
};
