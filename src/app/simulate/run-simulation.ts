// `runSimulation` (docs/simulate.md): a synthetic lender run day by day on a simulated
// clock through the real planner (planDay), policy engine, dispatcher and inbound and
// payments paths. Each simulated day: plan at 06:00 in the lender's zone, then 24 hourly
// dispatcher ticks; after each tick the people who got a message react (react-to-send.ts)
// and their replies go in through the SMS centre, their payments through recordPayments,
// their complaints through the complaints use case (fileComplaint). Once a day (12:00
// lender time) borrowers may pay on their own. Everything the people do is drawn from per-account PRNG streams.
import { fileComplaint } from '../complaints/file-complaint.js';
import { Dispatcher } from '../dispatch/dispatcher.js';
import { policyRedecide } from '../dispatch/policy-redecide.js';
import { applyPendingReceipts } from '../inbound/apply-pending-receipts.js';
import { receiveInbound, type InboundDeps } from '../inbound/receive-inbound.js';
import { recordPayments, type PaymentInput } from '../payments/record-payment.js';
import { planDay } from '../plan-day.js';
import { defaultPlanMessaging } from '../plan/plan-messaging.js';
import type { CodeGenerator } from '../ports/code-generator.js';
import type { Logger } from '../ports/logger.js';
import type { StoredExperiment } from '../ports/experiment-store.js';
import type { Store } from '../ports/store.js';
import { countSegments } from '../../core/messages/sms-encoding.js';
import { messageId, type TenantId } from '../../core/model/ids.js';
import { epochDay } from '../../core/model/parse-iso-date.js';
import { HOUR_MS, zoneDayOf } from '../../core/schedule/zone-day.js';
import type { SimulationArm } from '../../core/simulate/arm-strategies.js';
import type { SimulationAssumptions } from '../../core/simulate/simulation-assumptions.js';
import { assignArm } from '../../core/strategy/assign-arm.js';
import { emptyTally, type AccountTally } from './account-tally.js';
import { dailyActions, settlement } from './daily-actions.js';
import { reactAsBorrower, reactAsContact, type SimAction } from './react-to-send.js';
import { buildPopulation, seedLender, SIM_EXPERIMENT_ID, tenantSetup, type SimAccount, type SimPack } from './seed-lender.js';
import { observingCentre, type ObservedSend, type SimulatedSmsCentre } from './simulated-sms-centre.js';
import type { SettableClock } from './simulated-clock.js';
import { blockedByArm, type BlockedByArm } from './blocked-by-arm.js';

export interface SimulationDeps {
  readonly store: Store;
  readonly centre: SimulatedSmsCentre;
  readonly clock: SettableClock;
  readonly codes: CodeGenerator;
  readonly logger: Logger;
  /**
   * The centre sends delivery receipts (default true). When it sends none, no receipt can
   * arrive before its message's accepted id is recorded, so the dispatcher's hook that
   * applies such early receipts is not installed.
   */
  readonly receipts?: boolean;
}

export interface PlantedEffect {
  /** The arm whose accounts get the extra payers. */
  readonly arm: string;
  /** Share of that arm's accounts that pay on a uniform day in 0–6 whatever they are sent. */
  readonly share: number;
}

/** An arm built to draw complaints (the guardrail's test, docs/simulate.md). */
export interface PlantedComplaints {
  readonly arm: string;
  /** Share of that arm's borrowers who complain about the first message they receive. */
  readonly share: number;
}

export interface SimulationOptions {
  readonly accounts: number;
  readonly days: number;
  readonly arms: readonly SimulationArm[];
  readonly seed: number;
  readonly pack: SimPack;
  readonly assumptions: SimulationAssumptions;
  /** Day 0, YYYY-MM-DD in the lender's calendar. */
  readonly startDate: string;
  readonly planted?: PlantedEffect;
  readonly plantedComplaints?: PlantedComplaints;
  /** The experiment has the default guardrails, so the planner's daily look may stop an arm (default true). */
  readonly guardrails?: boolean;
  readonly tenant: TenantId;
  readonly onSeed?: (written: number, total: number) => void;
  readonly onDay?: (p: DayProgress) => void;
  /** Wraps each phase of the run (a benchmark measures them); default: runs it. */
  readonly phase?: <T>(name: SimulationPhase, run: () => Promise<T>) => Promise<T>;
}

export type SimulationPhase = 'seed' | 'plan' | 'dispatch' | 'react' | 'daily' | 'report';

export interface DayProgress {
  readonly day: number;
  readonly days: number;
  readonly date: string;
  readonly planned: number;
  readonly sent: number;
  readonly paid: number;
  readonly overdue: number;
}

export interface SimulationRun {
  readonly population: readonly SimAccount[];
  readonly tallies: readonly AccountTally[];
  readonly blocked: BlockedByArm;
  readonly planBlockedByReason: Readonly<Record<string, number>>;
  readonly sent: number;
  readonly currency: string;
  readonly pricePerSegmentMinor: number;
  /** The experiment as stored at the end (guardrail stops included); undefined with one arm. */
  readonly experiment: StoredExperiment | undefined;
  /** Epoch ms UTC: the end of the last simulated day (the report's as-of). */
  readonly asOf: number;
  /** Every STOP reply and complaint the synthetic people made: number and instant (epoch ms). */
  readonly stops: readonly { readonly phone: string; readonly at: number }[];
  readonly complaints: readonly { readonly phone: string; readonly at: number }[];
}

const isoOf = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

export const runSimulation = async (deps: SimulationDeps, o: SimulationOptions): Promise<SimulationRun> => {
  const { store, clock } = deps;
  const tenant = o.tenant;
  const phase = o.phase ?? ((_, run) => run());
  const population = buildPopulation(o.pack, o.accounts, o.seed, o.assumptions);
  const tallies = population.map(() => emptyTally());
  await phase('seed', () => seedLender(store, tenant, o.pack, o.arms, population, o.startDate, o.assumptions, o.guardrails !== false, (n) => o.onSeed?.(n, o.accounts)));
  const byPhone = new Map<string, { s: SimAccount; borrower: boolean }>();
  for (const s of population) {
    byPhone.set(s.borrowerPhone, { s, borrower: true });
    byPhone.set(s.contactPhone, { s, borrower: false });
  }
  const setup = tenantSetup[o.pack];
  const tenantRecord = (await store.getTenant(tenant))!;
  const messaging = defaultPlanMessaging(tenantRecord, setup.locale);
  const inboundDeps: InboundDeps = {
    store, clock, codes: deps.codes, logger: deps.logger, actor: 'simulator', messaging: messaging.tenant, vars: { hotline: messaging.hotline, portalUrl: messaging.portalUrl },
  };
  let observed: ObservedSend[] = [];
  let sentTotal = 0;
  const centre = observingCentre(deps.centre, clock.now, (x) => observed.push(x));
  centre.onInbound((e) => receiveInbound(inboundDeps, tenant, e).then(() => undefined));
  const dispatcher = (): Dispatcher =>
    new Dispatcher(
      {
        store, transport: centre, clock, logger: deps.logger, redecide: policyRedecide, sleep: async () => undefined,
        ...(deps.receipts === false ? {} : {
          afterAccepted: async (tx: Store, tn: TenantId, ids: readonly string[]) => {
            for (const id of ids) await applyPendingReceipts(tx, tn, id);
          },
        }),
      },
      { tenant, worker: 'simulator', concurrency: 100, batchSize: 500, flushEvery: 1000 },
    );
  const planBlocked: Record<string, number> = {};
  const day0 = epochDay(o.startDate);
  const exp = { id: SIM_EXPERIMENT_ID, arms: o.arms.map((name) => ({ name, weight: 1, strategyVersion: 0 })) };
  const plantedDay = new Map<number, number>();
  const complainers = new Set<number>();

  const stops: { phone: string; at: number }[] = [];
  const complaints: { phone: string; at: number }[] = [];
  let today = 0;
  for (let d = 0; d < o.days; d += 1) {
    today = d;
    const date = isoOf(day0 + d);
    const start = zoneDayOf(setup.timeZone, day0 + d).start;
    clock.set(start + 6 * HOUR_MS);
    const plan = await phase('plan', () => planDay({ store, codes: deps.codes, clock }, tenant, date, { batchSize: 2000, actor: 'simulator' }));
    if (!plan.ok) throw new Error(`simulator: plan of ${date} failed: ${plan.error.map((f) => f.code).join(', ')}`);
    for (const [k, n] of Object.entries(plan.value.byReason)) planBlocked[k] = (planBlocked[k] ?? 0) + n;
    if (d === 0) {
      // The planner recorded each account's arm (experiment_assignments); read it back
      // the same way it does: propose the hash's arm, the recorded one wins.
      if (o.arms.length >= 2) {
        const proposed = population.map((s) => ({ accountId: s.accountId!, arm: assignArm(exp, s.accountId!)!.name }));
        const recorded = await store.assignArms(tenant, SIM_EXPERIMENT_ID, proposed, clock.now());
        for (const s of population) tallies[s.index]!.arm = recorded.get(s.accountId!);
      } else for (const t of tallies) t.arm = o.arms[0];
      if (o.planted !== undefined) {
        for (const s of population) if (tallies[s.index]!.arm === o.planted.arm && s.rng.chance(o.planted.share)) plantedDay.set(s.index, s.rng.int(0, 6));
      }
      const pc = o.plantedComplaints;
      if (pc !== undefined) for (const s of population) if (tallies[s.index]!.arm === pc.arm && s.rng.chance(pc.share)) complainers.add(s.index);
    }
    for (let k = 0; k < 24; k += 1) {
      clock.set(start + (6 + k) * HOUR_MS);
      if (k === 6) await phase('daily', () => perform(dailyActions(population, tallies, d, clock.now(), plantedDay, o.assumptions)));
      await phase('dispatch', async () => {
        // Most hours have nothing due: one count instead of a dispatcher's reconcile + claim.
        if ((await store.countDue(tenant, clock.now())) > 0) await dispatcher().run(true);
        await centre.flush();
      });
      const sends = observed.sort((x, y) => (x.to < y.to ? -1 : x.to > y.to ? 1 : x.at - y.at || (x.text < y.text ? -1 : 1)));
      observed = [];
      sentTotal += sends.length;
      const actions: SimAction[] = [];
      for (const x of sends) {
        const who = byPhone.get(x.to);
        if (who === undefined) continue;
        const t = tallies[who.s.index]!;
        t.smsSegments += countSegments(x.text);
        if (who.borrower) {
          t.borrowerMessages += 1;
          if (t.paidDay !== undefined && !/退订成功|opted out/i.test(x.text)) t.messagesAfterPayment += 1;
          actions.push(...reactAsBorrower(who.s, t, x, o.pack, o.assumptions, complainers.has(who.s.index)));
        } else {
          t.contactMessages += 1;
          actions.push(...reactAsContact(who.s, t, x, o.pack, o.assumptions));
        }
      }
      await phase('react', () => perform(actions));
    }
    o.onDay?.({ day: d + 1, days: o.days, date, planned: plan.value.planned, sent: sentTotal, paid: tallies.filter((t) => t.paidDay !== undefined).length, overdue: plan.value.accounts });
  }

  // Payments are recorded in batches (one transaction each), in the actions' order: a
  // batch is recorded before the next reply or complaint goes in.
  async function perform(actions: readonly SimAction[]): Promise<void> {
    let payments: PaymentInput[] = [];
    const record = async (): Promise<void> => {
      for (const r of await recordPayments(store, tenant, payments, 'simulator', 'simulator')) if (!r.ok) throw new Error(`simulator: payment refused (${r.error})`);
      payments = [];
    };
    for (const a of actions) {
      const t = tallies[a.account.index]!;
      if (a.kind === 'pay') {
        if (t.paidDay === undefined) payments.push(settlement(a.account, t, today, clock.now(), setup.currency, o.assumptions));
        continue;
      }
      await record();
      if (a.kind === 'reply') {
        if (a.stop) stops.push({ phone: a.from, at: clock.now() });
        await centre.injectReply({ from: a.from, text: a.text });
      } else {
        // The complaints use case: a complaint record about the message (the guardrail and
        // the report count these) and the pack's protective actions (suppress the number).
        complaints.push({ phone: a.phone, at: clock.now() });
        const input = { category: a.category, source: 'agent_phone', accountId: a.account.accountId!, phoneE164: a.phone, messageIds: [messageId(a.messageId)] } as const;
        const filed = await fileComplaint(store, tenant, input, clock.now(), 'simulator');
        if (!filed.ok) throw new Error(`simulator: complaint refused (${filed.error.map((f) => f.code).join(', ')})`);
      }
    }
    await record();
  }

  const blocked = await phase('report', () => blockedByArm(store, tenant, population, tallies));
  return {
    population, tallies, blocked, planBlockedByReason: planBlocked,
    sent: sentTotal, currency: setup.currency, stops, complaints,
    pricePerSegmentMinor: messaging.tenant.pricePerSegmentMinor,
    experiment: await store.getExperiment(tenant, SIM_EXPERIMENT_ID),
    asOf: zoneDayOf(setup.timeZone, day0 + o.days).start,
  };
};
