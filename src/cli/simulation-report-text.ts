// The simulation report as text: a SYNTHETIC banner, the run's parameters and every
// assumption (the same table as docs/simulate.md), then one column per arm, the
// differences from the control arm, and what the policy engine blocked, by reason.
import type { ArmReport, Proportion, SimulationReport } from '../app/simulate/simulation-report.js';
import type { Assumption } from '../core/simulate/simulation-assumptions.js';

export interface ReportHeader {
  readonly pack: string;
  readonly accounts: number;
  readonly days: number;
  readonly start: string;
  readonly seed: number;
  readonly arms: readonly string[];
  readonly planted: string;
  readonly assumptions: readonly Assumption[];
}

export const SYNTHETIC_BANNER = 'SYNTHETIC — a simulated lender with invented borrowers; these figures are not evidence about real people';

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const ci = (p: Proportion): string => `${pct(p.rate)} [${pct(p.interval.low)}–${pct(p.interval.high)}]`;
const per1000 = (p: Proportion): string => `${(1000 * p.rate).toFixed(1)} [${(1000 * p.interval.low).toFixed(1)}–${(1000 * p.interval.high).toFixed(1)}]`;
const money = (minor: number, currency: string): string => `${(minor / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ${currency}`;

const table = (rows: readonly (readonly string[])[]): string => {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd()).join('\n');
};

export const formatSimulationReport = (h: ReportHeader, r: SimulationReport): string => {
  const lines: string[] = [`=== ${SYNTHETIC_BANNER} ===`, ''];
  lines.push(`pack ${h.pack} · ${h.accounts} accounts · ${h.days} days from ${h.start} · arms ${h.arms.join(', ')} · seed ${h.seed} · planted effect: ${h.planted}`);
  lines.push('Every figure follows from these assumptions (docs/simulate.md):', '');
  lines.push(table([['assumption', 'value', 'unit'], ...h.assumptions.map((a) => [a.key, String(a.value), a.unit])]), '');
  const arms = r.arms;
  const row = (label: string, f: (a: ArmReport) => string): string[] => [label, ...arms.map(f)];
  lines.push(
    table([
      ['per arm', ...arms.map((a) => a.arm)],
      row('accounts', (a) => String(a.accounts)),
      row('cured within 7 days (95% CI)', (a) => ci(a.cured7)),
      row('cured within 30 days (95% CI)', (a) => (a.cured30 === undefined ? 'n/a (< 30 days)' : ci(a.cured30))),
      row('recovered', (a) => money(a.recoveredMinor, r.currency)),
      row('SMS per account', (a) => a.messagesPerAccount.toFixed(2)),
      row('calls per account', (a) => a.callsPerAccount.toFixed(2)),
      row('third-party SMS per account', (a) => a.thirdPartyPerAccount.toFixed(3)),
      row('opt-outs per 1,000 accounts', (a) => per1000(a.optOuts)),
      row('complaints per 1,000 accounts', (a) => per1000(a.complaints)),
      row('disputes per 1,000 accounts', (a) => per1000(a.disputes)),
      row('SMS cost', (a) => money(a.smsCostMinor, r.currency)),
      row('SMS after payment (must be 0)', (a) => String(a.messagesAfterPayment)),
      row('messages blocked by policy', (a) => String(a.blocked.messages)),
    ]),
    '',
  );
  const control = arms[0];
  const others = arms.filter((a) => a.vsControl !== undefined);
  if (control !== undefined && others.length > 0) {
    lines.push(`difference from the control arm (${control.arm}), 95% CI (Newcombe):`);
    for (const a of others) {
      const d = a.vsControl!;
      const show = (x: { diff: number; low: number; high: number }): string =>
        `${x.diff >= 0 ? '+' : ''}${pct(x.diff)} [${pct(x.low)}, ${pct(x.high)}]${x.low > 0 || x.high < 0 ? ' *' : ''}`;
      lines.push(`  ${a.arm}: cured within 7 days ${show(d.cured7)}${d.cured30 === undefined ? '' : `; within 30 days ${show(d.cured30)}`}`);
    }
    lines.push('  (* the interval excludes zero)', '');
  }
  const reasons = [...new Set(arms.flatMap((a) => Object.keys(a.blocked.byReason)))].sort();
  if (reasons.length > 0) {
    lines.push('blocked by the policy engine, by reason (a message with several reasons counts under each):');
    lines.push(table([['reason', ...arms.map((a) => a.arm)], ...reasons.map((k) => [k, ...arms.map((a) => String(a.blocked.byReason[k] ?? 0))])]), '');
  }
  lines.push(`=== ${SYNTHETIC_BANNER} ===`);
  return `${lines.join('\n')}\n`;
};
