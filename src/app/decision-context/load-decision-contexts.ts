// The decision context loader (docs/planner.md, "Decision context"): for a batch of
// accounts it runs a fixed handful of set-based queries — people, ledger rows in the
// look-back window, older ledger aggregates, payments, and suppressions of the people
// flagged suppressed, designated inconvenient times — and returns maps from which `prepare` builds each request.
// Never one query per account. Used by the planner and the dispatcher.
import type { LedgerAggregate, LedgerRow, PlanAccountRow, PlanPersonRow, PlanStore, SuppressionRow } from '../ports/plan-store.js';
import type { PortalStore } from '../ports/portal-store.js';
import { prepareInconvenient } from '../../core/policy/prepare-inconvenient.js';
import type { PreparedInconvenient } from '../../core/policy/prepared-request.js';
import type { PackId } from '../../core/model/decision-request.js';
import type { AccountId, PersonId, TenantId } from '../../core/model/ids.js';
import { DAY_MS } from '../../core/schedule/zone-day.js';
import { deriveBorrowerStatus } from './borrower-reachability.js';
import { suppressionsFor, type AccountContext, type DecisionContexts, type PersonFacts } from './decision-contexts.js';
import { prepareCandidate } from './prepare-candidate.js';

/**
 * Rows of the last 9 days are loaded one by one: the engine's windows are at most 7
 * local days (plus up to a day of zone offset) before the proposed instant, which is
 * never before `now`. Older history arrives as aggregates (counts, latest instants).
 */
export const LOOK_BACK_MS = 9 * DAY_MS;

export interface LoadOptions {
  readonly pack: PackId;
  /** Epoch ms UTC; the window and the "unreachable" derivation are relative to it. */
  readonly now: number;
}

const COMMUNICATION_MISSES = new Set(['unanswered', 'busy', 'not_in_service', 'failed', 'wrong_party']);
const ATTEMPT_MISSES = new Set(['failed', 'busy', 'not_in_service']);

const newFacts = (): PersonFacts => ({
  latestAt: Number.NEGATIVE_INFINITY,
  lastInbound: Number.NEGATIVE_INFINITY,
  lastThirdPartyComm: Number.NEGATIVE_INFINITY,
  lastOptOutConfirmation: Number.NEGATIVE_INFINITY,
  lastCall: Number.NEGATIVE_INFINITY,
  purposes: new Set(),
});

type Fact = Pick<LedgerRow, 'channel' | 'direction' | 'party' | 'result' | 'purpose' | 'accountIds'>;

/** Folds one ledger row (or `count` rows, the latest at `at`) into the person's facts and the account counts. */
const fold = (f: PersonFacts, e: Fact, at: number, count: number, thirdParty: Map<string, number>): void => {
  if (at > f.latestAt) f.latestAt = at;
  if (e.direction === 'inbound') {
    if (at > f.lastInbound) f.lastInbound = at;
    return;
  }
  if (e.purpose !== undefined) f.purposes.add(e.purpose);
  if ((e.channel === 'call' || e.channel === 'voicemail') && at > f.lastCall) f.lastCall = at;
  if (e.purpose === 'opt_out_confirmation' && at > f.lastOptOutConfirmation) f.lastOptOutConfirmation = at;
  if (e.party !== 'third_party' || ATTEMPT_MISSES.has(e.result)) return;
  if (!COMMUNICATION_MISSES.has(e.result) && at > f.lastThirdPartyComm) f.lastThirdPartyComm = at;
  for (const id of e.accountIds) thirdParty.set(id, (thirdParty.get(id) ?? 0) + count);
};

const groupBy = <T, K>(xs: readonly T[], key: (x: T) => K): Map<K, T[]> => {
  const m = new Map<K, T[]>();
  for (const x of xs) {
    const k = key(x);
    const list = m.get(k);
    if (list === undefined) m.set(k, [x]);
    else list.push(x);
  }
  return m;
};

/** What the loader reads: set-based PlanStore reads and the portal's designated times. */
export type DecisionContextReads = Pick<
  PlanStore,
  'getPlanAccounts' | 'listPlanPeople' | 'listLedgerSince' | 'ledgerAggregatesBefore' | 'lastPayments' | 'listSuppressionsFor'
> &
  Pick<PortalStore, 'getInconvenientTimes'>;

/** Loads the contexts of `accounts` (rows already read, or ids to read). */
export const loadDecisionContexts = async (
  store: DecisionContextReads,
  tenant: TenantId,
  accounts: readonly PlanAccountRow[] | readonly AccountId[],
  options: LoadOptions,
): Promise<DecisionContexts> => {
  const rows: readonly PlanAccountRow[] =
    accounts.length === 0 || typeof accounts[0] !== 'string'
      ? (accounts as readonly PlanAccountRow[])
      : await store.getPlanAccounts(tenant, accounts as readonly AccountId[]);
  const ids = rows.map((a) => a.id);
  const since = options.now - LOOK_BACK_MS;
  const people = await store.listPlanPeople(tenant, ids);
  const personIds = [...new Set(people.map((p) => p.personId))];
  const flagged = [...new Set(people.filter((p) => p.suppressedAt !== undefined).map((p) => p.personId))];
  const [ledger, aggregates, payments, suppressions, designated] = await Promise.all([
    store.listLedgerSince(tenant, personIds, since),
    store.ledgerAggregatesBefore(tenant, personIds, since),
    store.lastPayments(tenant, ids),
    flagged.length === 0 ? Promise.resolve([] as readonly SuppressionRow[]) : store.listSuppressionsFor(tenant, flagged),
    // Days, hours and media the person designated inconvenient (portal; docs/portal.md).
    store.getInconvenientTimes(tenant, personIds),
  ]);
  const inconvenient = new Map<string, readonly PreparedInconvenient[]>();
  for (const [person, times] of designated) inconvenient.set(person, times.map(prepareInconvenient));

  const facts = new Map<string, PersonFacts>();
  const thirdParty = new Map<string, number>();
  const factsOf = (p: PersonId): PersonFacts => {
    let f = facts.get(p);
    if (f === undefined) facts.set(p, (f = newFacts()));
    return f;
  };
  for (const a of aggregates as readonly LedgerAggregate[]) fold(factsOf(a.personId), a, a.lastAt, a.count, thirdParty);
  for (const r of ledger) fold(factsOf(r.personId), r, r.at, 1, thirdParty);
  const rowsByPerson = groupBy(ledger, (r) => r.personId as string);
  const peopleByAccount = groupBy(people, (p) => p.accountId as string);
  const supByPerson = groupBy(suppressions, (s) => s.personId as string);

  const contexts = new Map<string, AccountContext>();
  const debtGroups = new Map<string, Set<string>>();
  for (const a of rows) {
    const key = a.debtGroup ?? a.id;
    let g = debtGroups.get(key);
    if (g === undefined) debtGroups.set(key, (g = new Set()));
    g.add(a.id);
  }
  for (const a of rows) {
    const links = peopleByAccount.get(a.id) ?? [];
    const lastPaymentAt = payments.get(a.id);
    const borrowerStatus = a.borrowerStatus ?? deriveBorrowerStatus(links, rowsByPerson, facts, lastPaymentAt, options.now);
    contexts.set(a.id, { account: a, people: links, borrowerStatus, lastPaymentAt });
  }

  const phones = new Map<string, string>();
  return {
    pack: options.pack,
    now: options.now,
    accounts: contexts,
    prepare: (c) => {
      const ctx = contexts.get(c.accountId);
      const link: PlanPersonRow | undefined = ctx?.people.find((p) => p.personId === c.personId);
      if (ctx === undefined || link === undefined) return undefined;
      let to = phones.get(link.personId);
      if (to === undefined) phones.set(link.personId, (to = link.phone()));
      return prepareCandidate(c, {
        pack: options.pack,
        ctx,
        link,
        to,
        rows: rowsByPerson.get(link.personId) ?? [],
        facts: facts.get(link.personId),
        thirdPartyAttempts: thirdParty.get(c.accountId) ?? 0,
        sameDebt: debtGroups.get(ctx.account.debtGroup ?? ctx.account.id) ?? new Set([c.accountId]),
        suppressions: suppressionsFor(supByPerson.get(link.personId), c.accountId),
        inconvenient: inconvenient.get(link.personId) ?? [],
      });
    },
    suppression: (account, person) => {
      const list = suppressionsFor(supByPerson.get(person), account);
      if (list.length > 0) return list[0]!.reason;
      const link = contexts.get(account)?.people.find((p) => p.personId === person);
      return link?.suppressedAt === undefined ? undefined : 'manual';
    },
    everSent: (person, purpose) => facts.get(person)?.purposes.has(purpose) ?? false,
  };
};
