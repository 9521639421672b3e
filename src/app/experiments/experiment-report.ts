// The experiment report (docs/experiments.md, "Report"): per arm, the primary and
// secondary metrics with Wilson intervals, the difference from the control with its
// Newcombe interval and pooled z-test, costs, and the cumulative cure curve. Pure: it
// takes counts (from the store, or from the simulator with `synthetic: true` and the
// assumptions it made, which the header prints).
import type { ArmStop, ExperimentArm } from '../ports/experiment-store.js';
import type { ArmOutcomeCounts, CureCell } from '../ports/experiment-report-store.js';
import type { ExperimentDefinition } from '../../core/strategy/experiment-definition.js';
import { compareProportions } from '../../core/stats/two-proportion-test.js';
import { wilsonInterval, type RateEstimate } from '../../core/stats/wilson-interval.js';

/** Days of the cure curve and the longest cure window. */
export const CURVE_DAYS = 30;

export interface ReportInput {
  readonly experiment: {
    readonly id: string;
    readonly name: string;
    readonly status: string;
    readonly arms: readonly ExperimentArm[];
    readonly definition: ExperimentDefinition;
    readonly stoppedArms: readonly ArmStop[];
  };
  /** Epoch ms UTC: the end of the measured period. */
  readonly asOf: number;
  readonly outcomes: readonly ArmOutcomeCounts[];
  readonly cureCells: readonly CureCell[];
  readonly price: { readonly perSegmentMinor: number; readonly currency: string; readonly source: 'tenant' | 'default' };
  /** Of every interval in the report; default 0.95. */
  readonly confidence?: number;
  /** True when the counts are simulated (tact simulate): the header says so. */
  readonly synthetic?: boolean;
  readonly assumptions?: readonly string[];
}

export interface VersusControl {
  readonly difference: number;
  readonly low: number;
  readonly high: number;
  readonly z: number;
  readonly pValue: number;
}

export interface RateReport extends RateEstimate {
  /** Null for the control itself or when either group is empty. */
  readonly vsControl: VersusControl | null;
}

export interface ArmReport {
  readonly arm: string;
  readonly strategy: string;
  readonly weight: number;
  readonly control: boolean;
  /** Stopped by a guardrail: its accounts are planned with the control's strategy. */
  readonly stopped: boolean;
  readonly accounts: number;
  readonly cure7: RateReport;
  readonly cure30: RateReport;
  readonly curedNow: RateEstimate;
  readonly recovered: readonly { readonly currency: string; readonly minor: number; readonly perAccountMinor: number }[];
  readonly messagesPerAccount: number;
  readonly callsPerAccount: number;
  readonly thirdPartyContactsPerAccount: number;
  /** Rates are accounts with at least one event / accounts; per1000 = 1000 × rate. */
  readonly optOuts: RateReport;
  readonly complaints: RateReport;
  readonly disputes: RateReport;
  readonly smsSegments: number;
  readonly smsCostMinor: number;
  readonly smsCostPerAccountMinor: number;
  /** Cumulative cure rate by day since entry (1..30) among accounts exposed that long; null = nobody yet. */
  readonly cureCurve: readonly (number | null)[];
}

export interface ExperimentReport {
  readonly experimentId: string;
  readonly name: string;
  readonly status: string;
  readonly asOf: string;
  readonly synthetic: boolean;
  readonly assumptions: readonly string[];
  readonly control: string;
  readonly primaryMetric: ExperimentDefinition['primaryMetric'];
  readonly confidence: number;
  readonly guardrails: ExperimentDefinition['guardrails'];
  readonly price: ReportInput['price'];
  readonly arms: readonly ArmReport[];
  readonly stoppedArms: readonly { readonly arm: string; readonly stoppedAt: string; readonly reason: Readonly<Record<string, unknown>> }[];
}

const per = (x: number, n: number): number => (n > 0 ? x / n : 0);

const cureAt = (cells: readonly CureCell[], arm: string, days: number): [number, number] => {
  let cured = 0;
  let eligible = 0;
  for (const c of cells) {
    if (c.arm !== arm || c.exposureDays < days) continue;
    eligible += c.accounts;
    if (c.cureDay !== null && c.cureDay < days) cured += c.accounts;
  }
  return [cured, eligible];
};

export const buildExperimentReport = (input: ReportInput): ExperimentReport => {
  const e = input.experiment;
  const definition = e.definition;
  const conf = input.confidence ?? 0.95;
  const empty = (arm: string): ArmOutcomeCounts => ({ arm, accounts: 0, curedNow: 0, recovered: [], messages: 0, smsSegments: 0, calls: 0, thirdPartyContacts: 0, optOutAccounts: 0, complaintAccounts: 0, disputeAccounts: 0 });
  const counts = (arm: string) => input.outcomes.find((o) => o.arm === arm) ?? empty(arm);
  const control = counts(definition.control);
  const rate = (x: number, n: number, cx: number, cn: number, isControl: boolean): RateReport => {
    const own = wilsonInterval(x, n, conf);
    if (isControl || n === 0 || cn === 0) return { ...own, vsControl: null };
    const d = compareProportions(x, n, cx, cn, conf);
    return { ...own, vsControl: { difference: d.difference, low: d.interval.low, high: d.interval.high, z: d.z, pValue: d.pValue } };
  };
  const [c7, n7] = cureAt(input.cureCells, definition.control, 7);
  const [c30, n30] = cureAt(input.cureCells, definition.control, CURVE_DAYS);
  const stopped = new Set(e.stoppedArms.map((s) => s.arm));
  const arms = e.arms.map((a): ArmReport => {
    const o = counts(a.name);
    const isControl = a.name === definition.control;
    const [x7, m7] = cureAt(input.cureCells, a.name, 7);
    const [x30, m30] = cureAt(input.cureCells, a.name, CURVE_DAYS);
    const cost = o.smsSegments * input.price.perSegmentMinor;
    return {
      arm: a.name,
      strategy: `${a.strategyId}@${a.strategyVersion}`,
      weight: a.weight,
      control: isControl,
      stopped: stopped.has(a.name),
      accounts: o.accounts,
      cure7: rate(x7, m7, c7, n7, isControl),
      cure30: rate(x30, m30, c30, n30, isControl),
      curedNow: wilsonInterval(o.curedNow, o.accounts, conf),
      recovered: o.recovered.map((r) => ({ ...r, perAccountMinor: Math.round(per(r.minor, o.accounts)) })),
      messagesPerAccount: per(o.messages, o.accounts),
      callsPerAccount: per(o.calls, o.accounts),
      thirdPartyContactsPerAccount: per(o.thirdPartyContacts, o.accounts),
      optOuts: rate(o.optOutAccounts, o.accounts, control.optOutAccounts, control.accounts, isControl),
      complaints: rate(o.complaintAccounts, o.accounts, control.complaintAccounts, control.accounts, isControl),
      disputes: rate(o.disputeAccounts, o.accounts, control.disputeAccounts, control.accounts, isControl),
      smsSegments: o.smsSegments,
      smsCostMinor: cost,
      smsCostPerAccountMinor: per(cost, o.accounts),
      cureCurve: Array.from({ length: CURVE_DAYS }, (_, i) => {
        const [x, n] = cureAt(input.cureCells, a.name, i + 1);
        return n > 0 ? x / n : null;
      }),
    };
  });
  return {
    experimentId: e.id,
    name: e.name,
    status: e.status,
    asOf: new Date(input.asOf).toISOString(),
    synthetic: input.synthetic === true,
    assumptions: input.assumptions ?? [],
    control: definition.control,
    primaryMetric: definition.primaryMetric,
    confidence: conf,
    guardrails: definition.guardrails,
    price: input.price,
    arms,
    stoppedArms: e.stoppedArms.map((s) => ({ arm: s.arm, stoppedAt: new Date(s.stoppedAt).toISOString(), reason: s.reason })),
  };
};
