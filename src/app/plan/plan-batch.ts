// One batch of the planner: load the contexts of the accounts whose steps fire (one
// set of queries), build the candidates, skip plan keys already in the outbox (loadBatch:
// reads only), then render, decide, schedule, make the codes unique, and write
// everything in one transaction (finishBatch).
import type { PlanAccountRow } from '../ports/plan-store.js';
import type { CodeGenerator } from '../ports/code-generator.js';
import type { Store } from '../ports/store.js';
import type { NewMessage } from '../ports/store-records.js';
import { loadDecisionContexts } from '../decision-context/load-decision-contexts.js';
import { withContent } from '../decision-context/prepare-candidate.js';
import { renderMessage } from '../../core/messages/render-message.js';
import type { Audience, MessageLocale, Template } from '../../core/messages/template.js';
import type { TenantId } from '../../core/model/ids.js';
import type { CompiledPolicy } from '../../core/policy/compiled-policy.js';
import { decide } from '../../core/policy/decide.js';
import { businessDayEnd, localSendTime } from '../../core/strategy/local-send-time.js';
import type { Strategy, StrategyStep } from '../../core/strategy/strategy.js';
import { candidatesOf, stepsFor, type Candidate } from './plan-candidates.js';
import { armsFor, type ArmTag, type PlanExperiment } from './plan-experiment.js';
import type { PlanMessaging } from './plan-messaging.js';
import { bump, type PlanSummary } from './plan-summary.js';

export interface PlanBatchDeps {
  readonly store: Store;
  readonly codes: CodeGenerator;
  readonly policy: CompiledPolicy;
  readonly strategy: Strategy;
  /** The running experiment: its accounts are planned with their arm's strategy. */
  readonly experiment?: PlanExperiment | undefined;
  readonly messaging: (locale: MessageLocale) => PlanMessaging;
  /** The tenant's active template for (key, audience, locale), else the shipped one. */
  readonly templateFor: (key: string, audience: Audience, locale: MessageLocale) => Template | undefined;
  readonly tenant: TenantId;
  readonly businessDate: string;
  /** Epoch ms at which the run started. */
  readonly now: number;
  readonly actor: string;
}

export const NO_WINDOW_TODAY = 'PLAN_NO_WINDOW_TODAY';
const MAX_CODE_ROUNDS = 8;

interface Draft {
  /** Written as is; verificationCode and body change when a clashing code is redrawn. */
  readonly message: { -readonly [K in keyof NewMessage]: NewMessage[K] };
  readonly render: (code: string) => string | undefined;
}

type Arm = { readonly tag: ArmTag; readonly strategy: Strategy } | undefined;

// A step's send instant and the business day's end depend only on the date, the step's
// time and the zone: a run asks for the same few hundreds of thousands of times (each a
// time-zone computation), so they are kept (pure functions; bounded).
const instants = new Map<string, number>();
const kept = (key: string, compute: () => number): number => {
  let v = instants.get(key);
  if (v === undefined) {
    if (instants.size >= 4096) instants.clear();
    instants.set(key, (v = compute()));
  }
  return v;
};
export const sendInstant = (businessDate: string, hhmm: string, zone: string): number =>
  kept(`${businessDate}\u0000${hhmm}\u0000${zone}`, () => localSendTime(businessDate, hhmm, zone));
export const dayEndInstant = (businessDate: string, zone: string): number => kept(`${businessDate}\u0000\u0000${zone}`, () => businessDayEnd(businessDate, zone));

const draftFor = (d: PlanBatchDeps, c: Candidate, contexts: Awaited<ReturnType<typeof loadDecisionContexts>>, summary: PlanSummary, arm: Arm): Draft | undefined => {
  const { ctx, step, link } = c;
  const party = link.role === 'borrower' ? 'borrower' : 'third_party';
  const template: Template | undefined = d.templateFor(step.template, party, link.locale) ?? d.templateFor(step.template, party, (arm?.strategy ?? d.strategy).locale);
  if (template === undefined) return notRendered(summary, 'TACT_ERR_STRATEGY_UNKNOWN_TEMPLATE');
  const zone = link.timeZones[0] ?? d.policy.fallbackZones[0] ?? 'UTC';
  const at = Math.max(sendInstant(d.businessDate, step.sendAt, zone), d.now);
  const a = ctx.account;
  const borrower = ctx.people.find((p) => p.role === 'borrower');
  const m = d.messaging(template.locale);
  // Names are decrypted only for messages actually rendered.
  const varsOf = () => ({
    ...(borrower === undefined ? {} : { borrowerName: borrower.name() }),
    ...(party === 'third_party' ? { contactName: link.name() } : {}),
    amountOverdue: { minor: a.overdueMinor, currency: a.currency },
    dueDate: a.dueDate,
    hotline: m.hotline,
    portalUrl: m.portalUrl,
  });

  const first = d.codes.next();
  const dayEnd = dayEndInstant(d.businessDate, zone);
  const base = { accountId: a.id, personId: link.personId, channel: step.channel, purpose: step.purpose, at };
  // Decide first without the text: a contact blocked for the whole day by state or
  // history (unconfirmed contact, reachable borrower, opt-out…) is written blocked
  // without rendering (body empty, template id kept). Otherwise render, and decide
  // again with the text so the content rules apply to what will be sent.
  const bare = contexts.prepare(base);
  if (bare === undefined) return undefined;
  let decision = decide(bare, d.policy);
  let plan = schedule(decision, at, dayEnd);
  let body = '';
  let segments = 0;
  let to = bare.to;
  if (plan.state === 'planned') {
    const vars = varsOf();
    const rendered = renderMessage(template, vars, m.tenant, first);
    if (!rendered.ok) return notRendered(summary, rendered.error[0]?.code ?? 'TACT_ERR_MESSAGE_LINT_FAILED');
    const req = withContent(bare, rendered.value.text);
    decision = decide(req, d.policy);
    plan = schedule(decision, at, dayEnd);
    body = rendered.value.text;
    segments = rendered.value.segments;
    to = req.to;
  }
  const { state, scheduledAt, noWindow } = plan;
  bump(summary.byAudience, party);
  bump(summary.byChannel, step.channel);
  bump(summary.byState, state);
  if (state === 'planned') summary.planned += 1;
  else {
    summary.blocked += 1;
    for (const v of decision.violations) bump(summary.byReason, v.reason);
    if (noWindow) bump(summary.byReason, NO_WINDOW_TODAY);
  }
  return {
    message: {
      accountIds: [a.id],
      personId: link.personId,
      party,
      channel: step.channel,
      purpose: step.purpose,
      to,
      state,
      decision: { decidedAt: bare.atIso, ...decision, ...(noWindow ? { plan: NO_WINDOW_TODAY } : {}), ...(arm === undefined ? {} : arm.tag) },
      scheduledAt,
      planKey: c.planKey,
      templateId: template.id,
      ...(segments > 0 ? { segments } : {}),
      body,
      verificationCode: first,
    },
    render: (code) => {
      if (body === '') return '';
      const r = renderMessage(template, varsOf(), m.tenant, code);
      return r.ok ? r.value.text : undefined;
    },
  };
};

const notRendered = (summary: PlanSummary, code: string): undefined => {
  summary.notRendered += 1;
  bump(summary.byReason, code);
  return undefined;
};

/**
 * Allowed: planned at the proposed instant. Blocked with an earliest allowed instant
 * before the business day ends (recipient's first zone): planned then. Otherwise
 * blocked: tomorrow's run reconsiders (the rolling windows move on).
 */
const schedule = (
  decision: ReturnType<typeof decide>,
  at: number,
  dayEnd: number,
): { state: 'planned' | 'blocked'; scheduledAt: number; noWindow: boolean } => {
  if (decision.allowed) return { state: 'planned', scheduledAt: at, noWindow: false };
  const earliest = decision.earliestAllowedAt === null ? null : Date.parse(decision.earliestAllowedAt);
  if (earliest !== null && earliest < dayEnd) return { state: 'planned', scheduledAt: earliest, noWindow: false };
  return { state: 'blocked', scheduledAt: at, noWindow: earliest !== null };
};

/** Redraws codes that repeat within the batch or are already used by the tenant. */
const uniqueCodes = async (d: PlanBatchDeps, drafts: Draft[]): Promise<void> => {
  for (let round = 0; round < MAX_CODE_ROUNDS; round += 1) {
    const seen = new Set<string>();
    const clash: Draft[] = [];
    for (const x of drafts) {
      if (seen.has(x.message.verificationCode)) clash.push(x);
      seen.add(x.message.verificationCode);
    }
    const used = await d.store.usedVerificationCodes(d.tenant, [...seen]);
    for (const x of drafts) if (used.has(x.message.verificationCode) && !clash.includes(x)) clash.push(x);
    if (clash.length === 0) return;
    for (const x of clash) {
      x.message.verificationCode = d.codes.next();
      x.message.body = x.render(x.message.verificationCode) ?? x.message.body;
    }
  }
  throw new Error('planner: verification codes kept clashing; check the CodeGenerator');
};

/** What a batch reads before deciding: the accounts' arms and firing steps, their contexts, the candidates, and which plan keys exist. */
export interface LoadedBatch {
  readonly arms: ReadonlyMap<string, NonNullable<Arm>>;
  readonly contexts: Awaited<ReturnType<typeof loadDecisionContexts>>;
  readonly candidates: readonly Candidate[];
  readonly existing: ReadonlySet<string>;
}

/**
 * The reads of a batch (no writes without an experiment: planDay reads the next batch
 * this way while it decides and writes the current one). With an experiment, accounts
 * entering the population are assigned here (armsFor writes).
 */
export const loadBatch = async (d: PlanBatchDeps, accounts: readonly PlanAccountRow[]): Promise<LoadedBatch | undefined> => {
  const arms = d.experiment === undefined ? new Map<string, NonNullable<Arm>>() : await armsFor(d.store, d.tenant, d.experiment, accounts, d.businessDate, d.now);
  const firing = new Map<string, readonly StrategyStep[]>();
  for (const a of accounts) {
    const steps = stepsFor(arms.get(a.id)?.strategy ?? d.strategy, a, d.businessDate);
    if (steps.length > 0) firing.set(a.id, steps);
  }
  if (firing.size === 0) return undefined;
  const contexts = await loadDecisionContexts(d.store, d.tenant, accounts.filter((a) => firing.has(a.id)), { pack: d.policy.pack, now: d.now });
  const candidates: Candidate[] = [];
  for (const [id, steps] of firing) candidates.push(...candidatesOf(contexts.accounts.get(id)!, steps, contexts, d.businessDate));
  const existing = candidates.length === 0 ? new Set<string>() : await d.store.existingPlanKeys(d.tenant, candidates.map((c) => c.planKey));
  return { arms, contexts, candidates, existing };
};

/** Lets other work waiting on I/O (the next batch's reads) move on between drafts. */
const YIELD_EVERY = 32;
const yieldToIo = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A batch's write, started and not yet awaited. */
export interface PendingWrite {
  readonly written: Promise<void>;
}

const NOTHING: PendingWrite = { written: Promise.resolve() };

/**
 * Decides and renders a loaded batch, then waits for `previous` (the last batch's write:
 * codes are checked against committed ones) and starts this batch's write (one
 * transaction) without waiting for it. The caller awaits `written` before the next
 * batch's codes, and at the end. `pipelined`: the caller decides the next batch while
 * this one is written, so the write goes to store.writePlannedMessages (SQLite: the
 * writer thread); otherwise to store.insertPlannedMessages, on the store's own
 * connection: a write nothing overlaps would only pay for copying the rows to a thread.
 */
export const finishBatch = async (d: PlanBatchDeps, loaded: LoadedBatch, summary: PlanSummary, previous: PendingWrite = NOTHING, pipelined = true): Promise<PendingWrite> => {
  const { arms, contexts, candidates, existing } = loaded;
  summary.candidates += candidates.length;
  const drafts: Draft[] = [];
  let n = 0;
  for (const c of candidates) {
    if (existing.has(c.planKey)) {
      summary.alreadyPlanned += 1;
      continue;
    }
    const x = draftFor(d, c, contexts, summary, arms.get(c.ctx.account.id));
    if (x !== undefined) drafts.push(x);
    if ((n += 1) % YIELD_EVERY === 0) await yieldToIo();
  }
  await previous.written;
  if (drafts.length === 0) return NOTHING;
  await uniqueCodes(d, drafts);
  const messages: NewMessage[] = drafts.map((x) => x.message);
  const write = pipelined ? d.store.writePlannedMessages(d.tenant, messages, d.actor) : d.store.insertPlannedMessages(d.tenant, messages, d.actor);
  const written = write.then((result) => {
    // Another planner won the race for some keys: they were counted above; move them.
    summary.alreadyPlanned += result.alreadyPlanned;
  });
  written.catch(() => undefined); // awaited by the caller; not unhandled meanwhile
  return { written };
};

/** One batch, written (on the store's own connection) before it returns. */
export const planBatch = async (d: PlanBatchDeps, accounts: readonly PlanAccountRow[], summary: PlanSummary): Promise<void> => {
  const loaded = await loadBatch(d, accounts);
  if (loaded !== undefined) await (await finishBatch(d, loaded, summary, NOTHING, false)).written;
};
