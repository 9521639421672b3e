// /console/experiments/:experimentId: the experiment report (docs/experiments.md, "Report") as a
// table per metric (works without JavaScript) and two charts drawn by
// /console/assets/experiment.js from JSON blocks: the cumulative cure curve per arm and
// the complaint rate per 1,000 with its Wilson interval (floating bars).
import type { ArmReport, ExperimentReport, RateReport } from '../../../app/experiments/experiment-report.js';
import { html, jsonScript, type Html } from './html.js';
import { page, type PageUser } from './layout.js';

const pct = (x: number): string => (Number.isFinite(x) ? `${(100 * x).toFixed(1)} %` : '–');
const k = (x: number): string => (Number.isFinite(x) ? (1000 * x).toFixed(1) : '–');

const rateCell = (r: RateReport, f: (x: number) => string): Html =>
  r.trials === 0
    ? html`<td>no data</td>`
    : html`<td>${f(r.rate)} [${f(r.low)}–${f(r.high)}] (${r.successes}/${r.trials})${r.vsControl === null ? '' : html`<br><small>Δ ${f(r.vsControl.difference)} [${f(r.vsControl.low)}, ${f(r.vsControl.high)}], p = ${r.vsControl.pValue.toFixed(3)}</small>`}</td>`;

const rows: readonly [string, (a: ArmReport) => Html][] = [
  ['Strategy', (a) => html`<td>${a.strategy} ×${a.weight}${a.control ? ' (control)' : ''}${a.stopped ? html` <span class="blocked">stopped</span>` : ''}</td>`],
  ['Accounts', (a) => html`<td class="num">${a.accounts}</td>`],
  ['Cure at 7 days', (a) => rateCell(a.cure7, pct)],
  ['Cure at 30 days', (a) => rateCell(a.cure30, pct)],
  ['Recovered per account', (a) => html`<td class="num">${a.recovered.map((r) => `${r.perAccountMinor} ${r.currency}`).join(', ') || '0'}</td>`],
  ['Messages per account', (a) => html`<td class="num">${a.messagesPerAccount.toFixed(2)}</td>`],
  ['Calls per account', (a) => html`<td class="num">${a.callsPerAccount.toFixed(2)}</td>`],
  ['Third-party contacts per account', (a) => html`<td class="num">${a.thirdPartyContactsPerAccount.toFixed(3)}</td>`],
  ['Opt-outs per 1,000', (a) => rateCell(a.optOuts, k)],
  ['Complaints per 1,000', (a) => rateCell(a.complaints, k)],
  ['Disputes per 1,000', (a) => rateCell(a.disputes, k)],
  ['SMS cost per account (minor units)', (a) => html`<td class="num">${a.smsCostPerAccountMinor.toFixed(2)}</td>`],
];

const finite = (x: number | null): number | null => (x === null || !Number.isFinite(x) ? null : x);

export const experimentPage = (user: PageUser, r: ExperimentReport): string =>
  page(
    `Experiment ${r.name}`,
    user,
    html`${r.synthetic ? html`<p class="error">Synthetic report: simulated outcomes, not observed ones.</p><ul>${r.assumptions.map((a) => html`<li>${a}</li>`)}</ul>` : ''}
<p>${r.experimentId} (${r.status}), as of ${r.asOf}. Control ${r.control}; primary metric ${r.primaryMetric}; intervals at ${Math.round(r.confidence * 100)} % (Wilson; differences from control: Newcombe interval and pooled z-test).
SMS price ${r.price.perSegmentMinor} minor ${r.price.currency} per segment (${r.price.source === 'tenant' ? 'tenant setting' : 'default'}).</p>
${r.stoppedArms.map((s) => html`<p class="blocked">Arm ${s.arm} stopped ${s.stoppedAt} by its ${String(s.reason['metric'])} guardrail; its accounts get the control's strategy.</p>`)}
<table id="arms"><thead><tr><th>Metric</th>${r.arms.map((a) => html`<th>${a.arm}</th>`)}</tr></thead><tbody>
${rows.map(([label, cell]) => html`<tr><th>${label}</th>${r.arms.map(cell)}</tr>`)}
</tbody></table>
<h2>Cumulative cure rate by day since entry</h2>
<div class="chart"><canvas id="chart-cure" aria-label="Cumulative cure rate per arm" role="img"></canvas>${jsonScript('data-cure', {
      labels: Array.from({ length: 30 }, (_, i) => String(i + 1)),
      datasets: r.arms.map((a) => ({ label: a.arm, data: a.cureCurve.map(finite) })),
    })}</div>
<h2>Complaints per 1,000 accounts</h2>
<div class="chart"><canvas id="chart-complaints" aria-label="Complaint rate per arm with interval" role="img"></canvas>${jsonScript('data-complaints', {
      labels: r.arms.map((a) => a.arm),
      interval: r.arms.map((a) => (a.complaints.trials === 0 ? null : [1000 * a.complaints.low, 1000 * a.complaints.high])),
      rate: r.arms.map((a) => (a.complaints.trials === 0 ? null : 1000 * a.complaints.rate)),
    })}</div>`,
    ['/console/assets/chart.umd.js', '/console/assets/experiment.js'],
  );
