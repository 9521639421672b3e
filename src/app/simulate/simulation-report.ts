// The simulation's report IS the experiment report (src/app/experiments/experiment-report.ts,
// `tact experiments report`), built from the simulator's own counts with `synthetic: true`
// and every assumption listed; this file only turns the run's per-account tallies into the
// counts that builder takes. Two simulator-only additions: what the policy engine blocked,
// per arm and reason, and the borrower SMS sent after a payment (must be 0).
import { buildExperimentReport, CURVE_DAYS, type ExperimentReport, type ReportInput } from '../experiments/experiment-report.js';
import type { ArmOutcomeCounts, CureCell } from '../ports/experiment-report-store.js';
import { SIM_STRATEGY_ID } from '../../core/simulate/arm-strategies.js';
import { assumptionRows, type SimulationAssumptions } from '../../core/simulate/simulation-assumptions.js';
import { defaultDefinition } from '../../core/strategy/experiment-definition.js';
import type { AccountTally } from './account-tally.js';
import type { ArmBlocks } from './blocked-by-arm.js';
import type { SimulationRun } from './run-simulation.js';
import { SIM_EXPERIMENT_ID } from './seed-lender.js';

export interface SimulationReport {
  readonly experiment: ExperimentReport;
  readonly blocked: Readonly<Record<string, ArmBlocks>>;
  readonly messagesAfterPayment: Readonly<Record<string, number>>;
}

/** One line per assumption, for the report header: "key = value unit — meaning". */
export const assumptionLines = (a: SimulationAssumptions): string[] => assumptionRows(a).map((r) => `${r.key} = ${r.value} ${r.unit} — ${r.meaning}`);

const outcomesOf = (arm: string, ts: readonly AccountTally[], currency: string): ArmOutcomeCounts => {
  const sum = (f: (t: AccountTally) => number): number => ts.reduce((s, t) => s + f(t), 0);
  const count = (f: (t: AccountTally) => boolean): number => ts.reduce((s, t) => s + (f(t) ? 1 : 0), 0);
  return {
    arm,
    accounts: ts.length,
    curedNow: count((t) => t.paidDay !== undefined),
    recovered: [{ currency, minor: sum((t) => t.paidMinor) }],
    messages: sum((t) => t.borrowerMessages + t.contactMessages),
    smsSegments: sum((t) => t.smsSegments),
    // No strategy has a voice step: the simulator places no calls.
    calls: 0,
    thirdPartyContacts: sum((t) => t.contactMessages),
    optOutAccounts: count((t) => t.optOuts > 0),
    complaintAccounts: count((t) => t.complaints > 0),
    disputeAccounts: count((t) => t.disputes > 0),
  };
};

// Every account entered on day 0, so its exposure is the run's length (capped).
const cureCellsOf = (arm: string, ts: readonly AccountTally[], days: number): CureCell[] => {
  const exposureDays = Math.min(days, CURVE_DAYS);
  const byDay = new Map<number | null, number>();
  for (const t of ts) {
    const d = t.paidDay === undefined ? null : Math.min(t.paidDay, CURVE_DAYS + 1);
    byDay.set(d, (byDay.get(d) ?? 0) + 1);
  }
  return [...byDay].map(([cureDay, accounts]) => ({ arm, cureDay, exposureDays, accounts }));
};

export const buildSimulationReport = (run: SimulationRun, armOrder: readonly string[], days: number, assumptions: SimulationAssumptions): SimulationReport => {
  const byArm = new Map<string, AccountTally[]>(armOrder.map((a) => [a, []]));
  for (const t of run.tallies) byArm.get(t.arm ?? '')?.push(t);
  const stored = run.experiment;
  const experiment: ReportInput['experiment'] = stored ?? {
    id: SIM_EXPERIMENT_ID, name: 'Simulated arm', status: 'running',
    arms: armOrder.map((name, k) => ({ name, strategyId: SIM_STRATEGY_ID, strategyVersion: k + 1, weight: 1 })),
    definition: defaultDefinition(armOrder[0] ?? 'default'), stoppedArms: [],
  };
  const report = buildExperimentReport({
    experiment,
    asOf: run.asOf,
    outcomes: armOrder.map((a) => outcomesOf(a, byArm.get(a) ?? [], run.currency)),
    cureCells: armOrder.flatMap((a) => cureCellsOf(a, byArm.get(a) ?? [], days)),
    price: { perSegmentMinor: run.pricePerSegmentMinor, currency: run.currency, source: 'default' },
    synthetic: true,
    assumptions: assumptionLines(assumptions),
  });
  return {
    experiment: report,
    blocked: Object.fromEntries(armOrder.map((a) => [a, run.blocked.get(a) ?? { messages: 0, byReason: {} }])),
    messagesAfterPayment: Object.fromEntries(armOrder.map((a) => [a, (byArm.get(a) ?? []).reduce((s, t) => s + t.messagesAfterPayment, 0)])),
  };
};
