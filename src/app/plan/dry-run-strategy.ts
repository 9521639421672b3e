// `tact strategy dry-run` (docs/experiments.md, "Dry run"): replays each business day
// of a period through a strategy version with the planner's own code (planBatch: steps,
// candidates, rendering, the policy engine, scheduling) over a read-only store view as
// of that day, and compares what it would have sent with what the outbox holds for that
// day. Nothing is written. Accounts are today's overdue accounts (the store keeps no
// history of account states): an account cured since is not replayed, and days past due
// are recomputed from its due date for each replayed day.
import type { CodeGenerator } from '../ports/code-generator.js';
import type { Store } from '../ports/store.js';
import { failure, type TactFailure } from '../../core/errors.js';
import type { TenantId } from '../../core/model/ids.js';
import { compilePolicy } from '../../core/policy/compile-policy.js';
import { err, ok, type Result } from '../../core/result.js';
import { localSendTime } from '../../core/strategy/local-send-time.js';
import type { Strategy } from '../../core/strategy/strategy.js';
import type { AccountId } from '../../core/model/ids.js';
import { firingDueDates } from './firing-due-dates.js';
import { NO_WINDOW_TODAY, planBatch } from './plan-batch.js';
import { bump, emptySummary } from './plan-summary.js';
import { readOnlyPlanStore } from './read-only-plan-store.js';
import { loadTenantPlanMessaging } from './tenant-plan-messaging.js';

/** Message states that mean "actually sent" (the send was attempted). */
const SENT_STATES = new Set(['sending', 'sent', 'delivered', 'failed', 'undeliverable']);

export interface DryRunDay {
  readonly businessDate: string;
  readonly accounts: number;
  /** Messages the version would have planned (sent), by channel and audience. */
  readonly wouldSend: number;
  readonly wouldSendByChannel: Record<string, number>;
  readonly wouldSendByAudience: Record<string, number>;
  /** Candidates the policy engine would have blocked, by reason code (a message with two reasons counts under both). */
  readonly wouldBlock: number;
  readonly blockedByReason: Record<string, number>;
  /** Messages of that business day in the outbox that were actually sent. */
  readonly actuallySent: number;
  /** (account, recipient, channel) sent by both / only by the new version / only in reality. */
  readonly same: number;
  readonly added: number;
  readonly dropped: number;
}

export interface DryRunDeps {
  readonly store: Store;
  readonly codes: CodeGenerator;
}

const keyOf = (accountId: string, personId: string, channel: string): string => `${accountId}\u0000${personId}\u0000${channel}`;

export const dryRunDay = async (deps: DryRunDeps, tenant: TenantId, strategy: Strategy, businessDate: string): Promise<Result<DryRunDay, TactFailure[]>> => {
  const record = await deps.store.getTenant(tenant);
  if (record === undefined) return err([failure('TACT_ERR_STORE_UNKNOWN_TENANT', { path: '--tenant' })]);
  const policy = compilePolicy(record.pack);
  if (!policy.ok) return err(policy.error);
  // The planner's run of that day, at local midnight in the tenant's zone.
  const now = localSendTime(businessDate, '00:00', record.timeZone);
  const view = readOnlyPlanStore(deps.store, now);
  const own = await loadTenantPlanMessaging(view.store, tenant, record);
  const summary = emptySummary(tenant, businessDate);
  const batch = { store: view.store, codes: deps.codes, policy: policy.value, strategy, experiment: undefined, messaging: own.messaging, templateFor: own.templateFor, tenant, businessDate, now, actor: 'dry-run' };
  summary.accounts = await view.store.countOverdueAccounts(tenant);
  const dueDates = firingDueDates([strategy], businessDate);
  let after: AccountId | undefined;
  for (;;) {
    const page = await view.store.listOverdueAccounts(tenant, { ...(after === undefined ? {} : { after }), limit: 1000, dueDates });
    if (page.length === 0) break;
    await planBatch(batch, page, summary);
    after = page[page.length - 1]!.id;
    if (page.length < 1000) break;
  }
  const byChannel: Record<string, number> = {};
  const byAudience: Record<string, number> = {};
  const byReason: Record<string, number> = {};
  const would = new Set<string>();
  let blocked = 0;
  for (const m of view.captured) {
    if (m.state === 'planned') {
      bump(byChannel, m.channel);
      bump(byAudience, m.party);
      would.add(keyOf(m.accountIds[0]!, m.personId, m.channel));
      continue;
    }
    blocked += 1;
    const d = m.decision as { violations?: { reason: string }[]; plan?: string };
    for (const v of d.violations ?? []) bump(byReason, v.reason);
    if (d.plan === NO_WINDOW_TODAY) bump(byReason, NO_WINDOW_TODAY);
  }
  const actual = (await deps.store.messagesOfBusinessDay(tenant, businessDate)).filter((m) => SENT_STATES.has(m.state));
  const real = new Set(actual.map((m) => keyOf(m.accountId, m.personId ?? '', m.channel)));
  const same = [...would].filter((k) => real.has(k)).length;
  return ok({
    businessDate,
    accounts: summary.accounts,
    wouldSend: view.captured.length - blocked,
    wouldSendByChannel: byChannel,
    wouldSendByAudience: byAudience,
    wouldBlock: blocked,
    blockedByReason: byReason,
    actuallySent: actual.length,
    same,
    added: would.size - same,
    dropped: real.size - same,
  });
};
