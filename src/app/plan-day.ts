// `planDay`: the daily plan of one tenant (docs/planner.md). Streams overdue accounts in
// keyset pages — only those due on a date at which some step fires (firing-due-dates.ts)
// and, while an experiment runs, those not yet assigned to an arm; each page is one batch
// (planBatch): a handful of set-based queries, the engine's decision per candidate, and
// one write transaction. Re-running a day plans nothing twice (plan keys). Settled,
// cured, paused or written-off accounts are never read (only status "overdue" is
// paged), so they produce nothing.
import type { Clock } from './ports/clock.js';
import type { CodeGenerator } from './ports/code-generator.js';
import type { OverdueFilter, PlanAccountRow } from './ports/plan-store.js';
import type { Store } from './ports/store.js';
import { failure, type TactFailure } from '../core/errors.js';
import type { MessageLocale } from '../core/messages/template.js';
import type { AccountId, TenantId } from '../core/model/ids.js';
import { parseIsoDate } from '../core/model/parse-iso-date.js';
import { compilePolicy } from '../core/policy/compile-policy.js';
import { err, ok, type Result } from '../core/result.js';
import { defaultStrategies } from '../core/strategy/default-strategies.js';
import { parseStrategy } from '../core/strategy/parse-strategy.js';
import type { Strategy } from '../core/strategy/strategy.js';
import { checkGuardrails } from './experiments/check-guardrails.js';
import { firingDueDates } from './plan/firing-due-dates.js';
import { finishBatch, loadBatch, planBatch, type LoadedBatch, type PendingWrite } from './plan/plan-batch.js';
import { loadPlanExperiment, unassignedFilter } from './plan/plan-experiment.js';
import type { PlanMessaging } from './plan/plan-messaging.js';
import { loadTenantPlanMessaging } from './plan/tenant-plan-messaging.js';
import { emptySummary, type PlanSummary } from './plan/plan-summary.js';

export interface PlanDeps {
  readonly store: Store;
  readonly codes: CodeGenerator;
  readonly clock: Clock;
  /** Messaging settings per locale; default: defaultPlanMessaging. */
  readonly messaging?: (locale: MessageLocale) => PlanMessaging;
}

/** Accounts read so far of those to read: the ones due on a date at which a step fires (and, while an experiment runs, those not yet assigned). */
export interface PlanProgress {
  readonly accounts: number;
  readonly total: number;
  readonly planned: number;
  readonly blocked: number;
}

export interface PlanOptions {
  /** Accounts per batch (default 1000). */
  readonly batchSize?: number;
  readonly onProgress?: (p: PlanProgress) => void;
  readonly actor?: string;
}

/** The tenant's active stored strategy, else the pack's default. */
export const activeStrategy = async (store: Store, tenant: TenantId, pack: Strategy['pack']): Promise<Strategy> => {
  const stored = await store.getActiveStrategy(tenant);
  if (stored === undefined) return defaultStrategies[pack];
  const parsed = parseStrategy(stored.body);
  // A stored strategy was validated when saved; one that no longer parses is a fault.
  if (!parsed.ok) throw new Error(`stored strategy ${stored.strategyId}@${stored.version} no longer parses`);
  return parsed.value;
};

export const planDay = async (
  deps: PlanDeps,
  tenant: TenantId,
  businessDate: string,
  options: PlanOptions = {},
): Promise<Result<PlanSummary, TactFailure[]>> => {
  if (!parseIsoDate(businessDate).ok) return err([failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: '--date', message: '--date must be a calendar date YYYY-MM-DD.' })]);
  const record = await deps.store.getTenant(tenant);
  if (record === undefined) return err([failure('TACT_ERR_STORE_UNKNOWN_TENANT', { path: '--tenant' })]);
  const policy = compilePolicy(record.pack);
  if (!policy.ok) return err(policy.error);
  const strategy = await activeStrategy(deps.store, tenant, record.pack);
  const own = await loadTenantPlanMessaging(deps.store, tenant, record);
  const messagingOf = deps.messaging ?? own.messaging;
  // Built once per locale for the run, not once per message.
  const perLocale = new Map<MessageLocale, PlanMessaging>();
  const messaging = (locale: MessageLocale): PlanMessaging => {
    let m = perLocale.get(locale);
    if (m === undefined) perLocale.set(locale, (m = messagingOf(locale)));
    return m;
  };
  const summary = emptySummary(tenant, businessDate);
  // The guardrail look comes first, so an arm stopped now is planned with the control today.
  const running = await deps.store.runningExperiment(tenant);
  if (running !== undefined) {
    const check = await checkGuardrails(deps.store, tenant, running.id, deps.clock.now(), 'system:guardrail');
    if (check !== undefined) summary.guardrail = { experiment: check.experimentId, look: check.look, stopped: check.stopped };
  }
  const batchSize = Math.max(1, Math.min(10_000, options.batchSize ?? 1000));
  const experiment = await loadPlanExperiment(deps.store, tenant);
  // Only accounts due on a date at which a step fires are read: a step of the active
  // strategy or of any arm's (a stopped arm's is the control's). While an experiment runs,
  // accounts without an assignment that may enter the population today are read too: one
  // entering is assigned on first sight (plan-experiment.ts), whether or not a step fires.
  const filter: OverdueFilter =
    experiment === undefined
      ? { dueDates: firingDueDates([strategy], businessDate) }
      : { dueDates: firingDueDates([strategy, ...experiment.strategies.values()], businessDate), unassigned: unassignedFilter(experiment, businessDate) };
  summary.accounts = await deps.store.countOverdueAccounts(tenant);
  const total = options.onProgress === undefined ? 0 : await deps.store.countOverdueAccounts(tenant, filter);
  const batch = {
    store: deps.store,
    codes: deps.codes,
    policy: policy.value,
    strategy,
    experiment,
    messaging,
    templateFor: own.templateFor,
    tenant,
    businessDate,
    now: deps.clock.now(),
    actor: options.actor ?? 'system:planner',
  };
  // Pipelined: the next page and (without an experiment, whose assignments are written
  // while loading) its contexts are read while this one is decided, and a batch's write
  // runs while the next is decided (store.writePlannedMessages: on SQLite a second
  // connection on a worker thread, on PostgreSQL another pooled connection). Codes are
  // checked after the previous write committed (finishBatch).
  const prefetch = experiment === undefined;
  const readPage = async (after: AccountId | undefined): Promise<{ page: readonly PlanAccountRow[]; loaded: LoadedBatch | undefined }> => {
    const page = await deps.store.listOverdueAccounts(tenant, { ...(after === undefined ? {} : { after }), limit: batchSize, ...filter });
    return { page, loaded: prefetch && page.length > 0 ? await loadBatch(batch, page) : undefined };
  };
  const ahead = (after: AccountId | undefined): ReturnType<typeof readPage> => {
    const p = readPage(after);
    p.catch(() => undefined); // awaited below; not an unhandled rejection if a write fails first
    return p;
  };
  let next = ahead(undefined);
  let pending: PendingWrite | undefined;
  let read = 0;
  for (;;) {
    const { page, loaded } = await next;
    if (page.length === 0) break;
    const more = page.length === batchSize;
    if (more) next = ahead(page[page.length - 1]!.id);
    if (!prefetch) await planBatch(batch, page, summary);
    else if (loaded !== undefined) pending = await finishBatch(batch, loaded, summary, pending);
    read += page.length;
    options.onProgress?.({ accounts: read, total, planned: summary.planned, blocked: summary.blocked });
    if (!more) break;
  }
  await pending?.written;
  return ok(summary);
};
