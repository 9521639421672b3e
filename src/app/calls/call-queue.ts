// The agents' work queue: overdue accounts, most days past due first, each with the
// engine's answer to "may I call the borrower now?". One decision-context load for the
// whole page (set-based), the same loader the planner uses.
import type { Decision } from '../../core/model/decision.js';
import type { TenantId } from '../../core/model/ids.js';
import { decide } from '../../core/policy/decide.js';
import { loadDecisionContexts } from '../decision-context/load-decision-contexts.js';
import type { Store } from '../ports/store.js';
import type { AccountRecord } from '../ports/store-records.js';
import { policyOf } from './check-call.js';

export interface QueueItem {
  readonly account: AccountRecord;
  readonly borrowerId?: string;
  /** Undefined when the account has no borrower link (erased). */
  readonly decision?: Decision;
}

/** Accounts read per page to find overdue ones. */
const SCAN = 1000;

export const callQueue = async (store: Store, tenant: TenantId, now: number, limit = 50): Promise<readonly QueueItem[]> => {
  const t = await store.getTenant(tenant);
  if (t === undefined) return [];
  const overdue: AccountRecord[] = [];
  let after: AccountRecord['id'] | undefined;
  for (;;) {
    const page = await store.listAccounts(tenant, { limit: SCAN, ...(after === undefined ? {} : { after }) });
    overdue.push(...page.filter((a) => a.status === 'overdue'));
    if (page.length < SCAN) break;
    after = page[page.length - 1]?.id;
  }
  const chosen = overdue.sort((a, b) => b.daysPastDue - a.daysPastDue || (a.id < b.id ? -1 : 1)).slice(0, limit);
  if (chosen.length === 0) return [];
  const ctx = await loadDecisionContexts(store, tenant, chosen.map((a) => a.id), { pack: t.pack, now });
  const policy = policyOf(t.pack);
  const items = chosen.map((account): QueueItem => {
    const borrower = ctx.accounts.get(account.id)?.people.find((p) => p.role === 'borrower');
    if (borrower === undefined) return { account };
    const prepared = ctx.prepare({ accountId: account.id, personId: borrower.personId, channel: 'call', purpose: 'collection', at: now });
    return { account, borrowerId: borrower.personId, ...(prepared === undefined ? {} : { decision: decide(prepared, policy) }) };
  });
  // Callable now first; the order within each group stays most overdue first.
  return [...items.filter((i) => i.decision?.allowed === true), ...items.filter((i) => i.decision?.allowed !== true)];
};
