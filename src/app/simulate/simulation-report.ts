// The per-arm summary of a simulation. This is the ONE place the report is built: when
// the experiment report (src/app/experiments) lands, this function hands the run to it
// instead. Until then: proportions with Wilson intervals, and for every arm after the
// first its difference from the first (the control) with Newcombe's interval.
import type { Interval } from '../../core/simulate/wilson-interval.js';
import { differenceInterval, wilsonInterval } from '../../core/simulate/wilson-interval.js';
import type { AccountTally } from './account-tally.js';
import type { ArmBlocks } from './blocked-by-arm.js';
import type { SimulationRun } from './run-simulation.js';

export interface Proportion {
  readonly count: number;
  readonly rate: number;
  readonly interval: Interval;
}

export interface ArmReport {
  readonly arm: string;
  readonly accounts: number;
  readonly cured7: Proportion;
  /** Undefined when the run was shorter than 30 days. */
  readonly cured30: Proportion | undefined;
  readonly recoveredMinor: number;
  readonly messagesPerAccount: number;
  /** No strategy has a voice step yet: always 0. */
  readonly callsPerAccount: number;
  readonly thirdPartyPerAccount: number;
  /** Accounts with an opt-out (borrower or contact) / complaint / dispute, per 1,000 accounts. */
  readonly optOuts: Proportion;
  readonly complaints: Proportion;
  readonly disputes: Proportion;
  readonly smsCostMinor: number;
  /** Borrower SMS after the account was paid (opt-out confirmations aside); must be 0. */
  readonly messagesAfterPayment: number;
  readonly blocked: ArmBlocks;
  /** This arm minus the control (first arm); undefined for the control itself. */
  readonly vsControl?: { readonly cured7: Interval & { readonly diff: number }; readonly cured30?: Interval & { readonly diff: number } };
}

export interface SimulationReport {
  readonly synthetic: true;
  readonly currency: string;
  readonly arms: readonly ArmReport[];
}

const proportion = (count: number, n: number): Proportion => ({ count, rate: n > 0 ? count / n : 0, interval: wilsonInterval(count, n) });

const diff = (a: Proportion, na: number, c: Proportion, nc: number): Interval & { diff: number } => ({
  diff: a.rate - c.rate,
  ...differenceInterval(a.count, na, c.count, nc),
});

export const buildSimulationReport = (run: SimulationRun, armOrder: readonly string[], days: number): SimulationReport => {
  const byArm = new Map<string, AccountTally[]>(armOrder.map((a) => [a, []]));
  for (const t of run.tallies) byArm.get(t.arm ?? '(none)')?.push(t);
  const reports = armOrder.map((arm): ArmReport => {
    const ts = byArm.get(arm) ?? [];
    const n = ts.length;
    const count = (f: (t: AccountTally) => boolean): number => ts.reduce((s, t) => s + (f(t) ? 1 : 0), 0);
    const sum = (f: (t: AccountTally) => number): number => ts.reduce((s, t) => s + f(t), 0);
    return {
      arm,
      accounts: n,
      cured7: proportion(count((t) => t.paidDay !== undefined && t.paidDay < 7), n),
      cured30: days >= 30 ? proportion(count((t) => t.paidDay !== undefined && t.paidDay < 30), n) : undefined,
      recoveredMinor: sum((t) => t.paidMinor),
      messagesPerAccount: n > 0 ? sum((t) => t.borrowerMessages + t.contactMessages) / n : 0,
      callsPerAccount: 0,
      thirdPartyPerAccount: n > 0 ? sum((t) => t.contactMessages) / n : 0,
      optOuts: proportion(count((t) => t.optOuts > 0), n),
      complaints: proportion(count((t) => t.complaints > 0), n),
      disputes: proportion(count((t) => t.disputes > 0), n),
      smsCostMinor: sum((t) => t.costMinor),
      messagesAfterPayment: sum((t) => t.messagesAfterPayment),
      blocked: run.blocked.get(arm) ?? { messages: 0, byReason: {} },
    };
  });
  const control = reports[0];
  return {
    synthetic: true,
    currency: run.currency,
    arms: reports.map((r, i) =>
      i === 0 || control === undefined
        ? r
        : {
            ...r,
            vsControl: {
              cured7: diff(r.cured7, r.accounts, control.cured7, control.accounts),
              ...(r.cured30 === undefined || control.cured30 === undefined ? {} : { cured30: diff(r.cured30, r.accounts, control.cured30, control.accounts) }),
            },
          },
    ),
  };
};
