// The production re-decision: the policy engine over fresh context loaded by the
// decision-context loader (set-based, on the claim transaction, after the claimed
// messages' people and accounts are locked). Per claim, at most ONE message per person
// and per account is decided; the others are deferred (left `planned`) to the next
// claim, whose context then includes this one's ledger row — so no two messages of a
// batch are decided against the same, soon stale, history.
import { compilePolicy } from '../../core/policy/compile-policy.js';
import { decide } from '../../core/policy/decide.js';
import type { CompiledPolicy } from '../../core/policy/compiled-policy.js';
import type { PackId, Purpose } from '../../core/model/decision-request.js';
import type { AccountId, PersonId } from '../../core/model/ids.js';
import type { DueMessage } from '../ports/dispatch-store.js';
import type { PlanPersonRow } from '../ports/plan-store.js';
import type { Store } from '../ports/store.js';
import { TactError } from '../../core/errors.js';
import { loadDecisionContexts, type DecisionContextReads } from '../decision-context/load-decision-contexts.js';
import type { Redecide, Verdict } from './redecide.js';

/** Statuses after which nothing more is said about the debt. */
const closedStatuses = new Set(['settled', 'cured', 'written_off']);

const compiled = new Map<PackId, CompiledPolicy>();
const policyOf = (pack: PackId): CompiledPolicy => {
  let p = compiled.get(pack);
  if (p === undefined) {
    const r = compilePolicy(pack);
    if (!r.ok) throw new TactError('TACT_ERR_POLICY_BAD_OVERRIDE', `pack ${pack} does not compile`);
    compiled.set(pack, (p = r.value));
  }
  return p;
};

/** The message can no longer be decided: its person or account link is gone (erasure). */
const gone = (reason: string): Verdict => ({
  kind: 'block',
  decision: {
    allowed: false,
    violations: [{ rule: 'erased', reason, level: 'statutory', message: 'The person or the account link was erased.', citation: 'PIPL Art. 47' }],
    earliestAllowedAt: null,
  },
});

/** Said to the person about their own request, not about the debt: sent even once the account closed. */
const answers = new Set<string>(['opt_out_confirmation', 'reply']);

/** Answers queued by the inbound handler carry the inbound event they answer. */
const replyToOf = (decision: unknown): string | undefined => {
  const r = (decision as { replyTo?: unknown } | null)?.replyTo;
  return typeof r === 'string' ? r : undefined;
};

/** Each person's address in this claim: the `to` their message goes to (and the ledger row records). */
const addressesOf = (messages: readonly DueMessage[]): Map<string, string> => {
  const out = new Map<string, string>();
  for (const m of messages) if (m.personId !== undefined && m.to !== undefined && !out.has(m.personId)) out.set(m.personId, m.to);
  return out;
};

/**
 * What the loader reads on the claim transaction, with the claim's people from ONE read
 * (dispatchAccounts, which also gives the accounts, passed to the loader as rows) and each
 * person's number the claimed message's own `to` (already decrypted) instead of a second
 * decryption of the person's phone.
 */
const claimReads = (tx: Store, people: readonly PlanPersonRow[], messages: readonly DueMessage[]): DecisionContextReads => {
  const addresses = addressesOf(messages);
  const links = people.map((p): PlanPersonRow => {
    const to = addresses.get(p.personId);
    return to === undefined ? p : { ...p, phone: () => to };
  });
  return {
    getPlanAccounts: (t, ids) => tx.getPlanAccounts(t, ids),
    listPlanPeople: async (_t, ids) => {
      const wanted = new Set<string>(ids);
      return links.filter((p) => wanted.has(p.accountId));
    },
    listLedgerSince: (t, people, since) => tx.listLedgerSince(t, people, since),
    ledgerAggregatesBefore: (t, people, before) => tx.ledgerAggregatesBefore(t, people, before),
    lastPayments: (t, ids) => tx.lastPayments(t, ids),
    listSuppressionsFor: (t, people) => tx.listSuppressionsFor(t, people),
    getInconvenientTimes: (t, people) => tx.getInconvenientTimes(t, people),
  };
};

export const policyRedecide: Redecide = async (tx, tenant, messages, now) => {
  const out = new Map<string, Verdict>();
  const t = await tx.getTenant(tenant);
  if (t === undefined || messages.length === 0) return out;
  const policy = policyOf(t.pack);
  const accountIds = [...new Set(messages.map((m) => m.accountIds[0] as AccountId))];
  const { accounts, people } = await tx.dispatchAccounts(tenant, accountIds);
  const ctx = await loadDecisionContexts(claimReads(tx, people, messages), tenant, accounts, { pack: t.pack, now });
  const seenPeople = new Set<string>();
  const seenAccounts = new Set<string>();
  for (const m of messages) {
    const accountId = m.accountIds[0] as AccountId;
    const personId = m.personId as PersonId | undefined;
    const account = ctx.accounts.get(accountId)?.account;
    if (personId === undefined || account === undefined) {
      out.set(m.id, gone('TACT_PERSON_OR_ACCOUNT_GONE'));
      continue;
    }
    // An accepted repayment plan (portal) stops reminders like a settlement does.
    if ((closedStatuses.has(account.status) || account.flags.includes('repayment_plan')) && !answers.has(m.purpose)) {
      out.set(m.id, { kind: 'cancel', decision: { allowed: false, violations: [], earliestAllowedAt: null, cancelled: account.flags.includes('repayment_plan') ? 'repayment_plan' : account.status } });
      continue;
    }
    if (seenPeople.has(personId) || seenAccounts.has(accountId)) {
      // Decided next claim, against history that includes this batch's send.
      out.set(m.id, { kind: 'defer' });
      continue;
    }
    // Suppressions reach the engine through the loader (opt_out → optOuts, refused →
    // refusedAt, wrong_number → wrongNumbers, others → optOuts), so the engine names the
    // rule and still allows the ONE opt-out confirmation 12 CFR 1006.14(h) permits.
    const prepared = ctx.prepare({
      accountId, personId, channel: m.channel, purpose: m.purpose as Purpose, at: now,
      ...(m.body === undefined ? {} : { content: m.body }),
      ...(replyToOf(m.decision) === undefined ? {} : { replyTo: replyToOf(m.decision) as string }),
    });
    if (prepared === undefined) {
      out.set(m.id, gone('TACT_PERSON_NOT_ON_ACCOUNT'));
      continue;
    }
    const d = decide(prepared, policy);
    if (d.allowed) {
      // Only a send changes the history the next message of this person/account needs.
      seenPeople.add(personId);
      seenAccounts.add(accountId);
      out.set(m.id, { kind: 'send', decision: d });
    }
    else if (d.earliestAllowedAt !== null) out.set(m.id, { kind: 'reschedule', at: Date.parse(d.earliestAllowedAt), decision: d });
    else out.set(m.id, { kind: 'block', decision: d });
  }
  return out;
};
