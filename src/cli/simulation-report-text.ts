// The simulation report as text: a SYNTHETIC banner and the run's parameters, then the
// experiment report exactly as `tact experiments report` prints it (its header lists
// every assumption), then what the policy engine blocked per arm and reason.
import type { SimulationReport } from '../app/simulate/simulation-report.js';
import { complaintChart, cureCharts, reportHeader, reportTable } from './experiment-report-text.js';

export interface RunParameters {
  readonly pack: string;
  readonly accounts: number;
  readonly days: number;
  readonly start: string;
  readonly seed: number;
  readonly arms: readonly string[];
  readonly planted: string;
  readonly plantedComplaints: string;
  readonly guardrails: boolean;
}

export const SYNTHETIC_BANNER = 'SYNTHETIC — a simulated lender with invented borrowers; these figures are not evidence about real people';

const table = (rows: readonly (readonly string[])[]): string => {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd()).join('\n');
};

export const formatSimulationReport = (p: RunParameters, r: SimulationReport): string => {
  const arms = r.experiment.arms.map((a) => a.arm);
  const out = [
    `=== ${SYNTHETIC_BANNER} ===\n`,
    `pack ${p.pack} · ${p.accounts} accounts · ${p.days} days from ${p.start} · arms ${p.arms.join(', ')} · seed ${p.seed} · planted effect: ${p.planted} · planted complaints: ${p.plantedComplaints}\n`,
    `guardrails: ${p.guardrails ? 'on (the planner looks daily and may stop an arm; --no-guardrails turns them off)' : 'off (--no-guardrails)'}\n`,
    'Every figure follows from the assumptions below (docs/simulate.md).\n\n',
    reportHeader(r.experiment),
    reportTable(r.experiment),
    cureCharts(r.experiment),
    complaintChart(r.experiment),
  ];
  const reasons = [...new Set(arms.flatMap((a) => Object.keys(r.blocked[a]?.byReason ?? {})))].sort();
  out.push('blocked by the policy engine (a message with several reasons counts under each):\n');
  out.push(
    `${table([
      ['', ...arms],
      ['blocked messages', ...arms.map((a) => String(r.blocked[a]?.messages ?? 0))],
      ...reasons.map((k) => [`  ${k}`, ...arms.map((a) => String(r.blocked[a]?.byReason[k] ?? 0))]),
      ['SMS after payment (must be 0)', ...arms.map((a) => String(r.messagesAfterPayment[a] ?? 0))],
    ])}\n\n`,
  );
  out.push(`=== ${SYNTHETIC_BANNER} ===\n`);
  return out.join('');
};
