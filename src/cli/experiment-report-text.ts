// Text, charts and CSV of an experiment report (docs/experiments.md, "Report").
// Rates are shown as % (cure) or per 1,000 accounts (opt-outs, complaints, disputes)
// with their Wilson interval; differences from the control with the Newcombe interval
// and the pooled z-test's p-value. Money is in minor units of the stated currency.
import asciichart from 'asciichart';
import type { ArmReport, ExperimentReport, RateReport } from '../app/experiments/experiment-report.js';

const pct = (x: number): string => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : '–');
const k = (x: number): string => (Number.isFinite(x) ? (1000 * x).toFixed(1) : '–');
const num = (x: number, digits = 2): string => x.toFixed(digits);

const rateText = (r: RateReport, f: (x: number) => string): string => (r.trials === 0 ? 'no data' : `${f(r.rate)} [${f(r.low)}–${f(r.high)}] (${r.successes}/${r.trials})`);
const versus = (r: RateReport, f: (x: number) => string): string =>
  r.vsControl === null ? '' : `Δ ${r.vsControl.difference >= 0 ? '+' : ''}${f(r.vsControl.difference)} [${f(r.vsControl.low)}, ${f(r.vsControl.high)}] p=${r.vsControl.pValue.toFixed(3)}`;

export const reportHeader = (r: ExperimentReport): string => {
  const lines = [
    `experiment ${r.experimentId} "${r.name}" (${r.status}), as of ${r.asOf}`,
    `control ${r.control}; primary metric ${r.primaryMetric}; intervals at ${Math.round(r.confidence * 100)} % (Wilson; differences Newcombe)`,
    `SMS price ${r.price.perSegmentMinor} minor ${r.price.currency} per segment (${r.price.source === 'tenant' ? 'tenant setting' : 'default: no tenant setting'})`,
  ];
  for (const g of r.guardrails) lines.push(`guardrail ${g.metric}: stop an arm worse than control by > ${k(g.budget)} per 1,000 at ${Math.round(g.confidence * 100)} %`);
  for (const s of r.stoppedArms) lines.push(`arm ${s.arm} STOPPED ${s.stoppedAt} by ${String(s.reason['metric'])} guardrail (z=${Number(s.reason['z']).toFixed(2)} > ${Number(s.reason['boundary']).toFixed(2)}); its accounts get the control's strategy`);
  if (r.synthetic) {
    lines.unshift('SYNTHETIC REPORT: simulated outcomes, not observed ones.');
    lines.push('assumptions:', ...r.assumptions.map((a) => `  - ${a}`));
  }
  return `${lines.join('\n')}\n\n`;
};

const rows = (a: ArmReport): [string, string][] => [
  ['strategy', `${a.strategy} ×${a.weight}${a.control ? ' (control)' : ''}${a.stopped ? ' STOPPED' : ''}`],
  ['accounts', String(a.accounts)],
  ['cure 7 d', rateText(a.cure7, pct)],
  ['  vs control', versus(a.cure7, pct)],
  ['cure 30 d', rateText(a.cure30, pct)],
  ['  vs control', versus(a.cure30, pct)],
  ['cured so far', rateText({ ...a.curedNow, vsControl: null }, pct)],
  ['recovered/acct', a.recovered.map((x) => `${x.perAccountMinor} ${x.currency}`).join(', ') || '0'],
  ['messages/acct', num(a.messagesPerAccount)],
  ['calls/acct', num(a.callsPerAccount)],
  ['3rd-party/acct', num(a.thirdPartyContactsPerAccount, 3)],
  ['opt-outs /1000', rateText(a.optOuts, k)],
  ['  vs control', versus(a.optOuts, k)],
  ['complaints /1000', rateText(a.complaints, k)],
  ['  vs control', versus(a.complaints, k)],
  ['disputes /1000', rateText(a.disputes, k)],
  ['SMS cost/acct', `${num(a.smsCostPerAccountMinor)} (${a.smsSegments} segments)`],
];

/** Metrics as rows, arms as columns. */
export const reportTable = (r: ExperimentReport): string => {
  const cols = r.arms.map(rows);
  const labels = cols[0]?.map(([l]) => l) ?? [];
  const w0 = Math.max(6, ...labels.map((l) => l.length));
  const widths = cols.map((c, i) => Math.max(r.arms[i]!.arm.length, ...c.map(([, v]) => v.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(w0) : c.padEnd(widths[i - 1]!))).join('  ').trimEnd();
  return `${[line(['arm', ...r.arms.map((a) => a.arm)]), ...labels.map((l, j) => line([l, ...cols.map((c) => c[j]![1])]))].join('\n')}\n\n`;
};

/** Cumulative cure rate per arm by day since entry: one chart per arm on one scale. */
export const cureCharts = (r: ExperimentReport): string => {
  let days = 0;
  while (days < 30 && r.arms.every((a) => a.cureCurve[days] !== null && a.cureCurve[days] !== undefined)) days += 1;
  if (days < 2) return 'cure curve: fewer than 2 days of exposure in every arm yet\n\n';
  const max = Math.max(0.01, ...r.arms.flatMap((a) => a.cureCurve.slice(0, days).map((x) => x ?? 0)));
  return r.arms
    .map((a) => {
      const series = a.cureCurve.slice(0, days).map((x) => x ?? 0);
      const chart = asciichart.plot(series, { min: 0, max, height: 8, format: (x: number) => `${(100 * x).toFixed(1).padStart(6)}% ` });
      return `cumulative cure rate, arm ${a.arm}, days 1–${days} since entry\n${chart}\n`;
    })
    .join('\n') + '\n';
};

/** Complaint rate per 1,000 with its interval, on one axis: ├── interval ──┤ and ● the estimate. */
export const complaintChart = (r: ExperimentReport, width = 50): string => {
  const top = Math.max(0.001, ...r.arms.map((a) => (a.complaints.trials > 0 ? a.complaints.high : 0)));
  const at = (x: number) => Math.min(width - 1, Math.max(0, Math.round((x / top) * (width - 1))));
  const w = Math.max(...r.arms.map((a) => a.arm.length));
  const lines = r.arms.map((a) => {
    const c = a.complaints;
    if (c.trials === 0) return `${a.arm.padEnd(w)}  no data`;
    const cells = Array.from({ length: width }, () => ' ');
    for (let i = at(c.low); i <= at(c.high); i += 1) cells[i] = '─';
    cells[at(c.low)] = '├';
    cells[at(c.high)] = '┤';
    cells[at(c.rate)] = '●';
    return `${a.arm.padEnd(w)}  ${cells.join('')}  ${k(c.rate)} [${k(c.low)}–${k(c.high)}]`;
  });
  return `complaints per 1,000 accounts (0 … ${k(top)}), ${Math.round(r.confidence * 100)} % Wilson intervals\n${lines.join('\n')}\n\n`;
};

const csvCell = (v: string | number): string => (typeof v === 'number' ? String(v) : /[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

export const reportCsv = (r: ExperimentReport): string => {
  const head = ['experiment', 'arm', 'strategy', 'control', 'stopped', 'accounts', 'cure7_rate', 'cure7_low', 'cure7_high', 'cure7_diff', 'cure7_diff_low', 'cure7_diff_high', 'cure7_p',
    'cure30_rate', 'cure30_low', 'cure30_high', 'cure30_diff', 'cure30_diff_low', 'cure30_diff_high', 'cure30_p', 'messages_per_account', 'calls_per_account', 'third_party_per_account',
    'opt_outs_per_1000', 'complaints_per_1000', 'complaints_per_1000_low', 'complaints_per_1000_high', 'disputes_per_1000', 'recovered_minor', 'currency', 'sms_segments', 'sms_cost_minor', 'synthetic'];
  const diff = (x: RateReport) => (x.vsControl === null ? ['', '', '', ''] : [x.vsControl.difference, x.vsControl.low, x.vsControl.high, x.vsControl.pValue]);
  const body = r.arms.map((a) => [
    r.experimentId, a.arm, a.strategy, String(a.control), String(a.stopped), a.accounts,
    a.cure7.rate, a.cure7.low, a.cure7.high, ...diff(a.cure7), a.cure30.rate, a.cure30.low, a.cure30.high, ...diff(a.cure30),
    a.messagesPerAccount, a.callsPerAccount, a.thirdPartyContactsPerAccount,
    1000 * a.optOuts.rate, 1000 * a.complaints.rate, 1000 * a.complaints.low, 1000 * a.complaints.high, 1000 * a.disputes.rate,
    a.recovered[0]?.minor ?? 0, a.recovered[0]?.currency ?? '', a.smsSegments, a.smsCostMinor, String(r.synthetic),
  ].map((v) => csvCell(typeof v === 'number' && Number.isNaN(v) ? '' : v)).join(','));
  return `${[head.join(','), ...body].join('\n')}\n`;
};
