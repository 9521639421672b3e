// The dashboard: each figure as a table (works without JavaScript) and, with it, a
// chart drawn by /console/assets/dashboard.js from the JSON block beside the table.
import type { Dashboard } from '../../../app/dashboard/load-dashboard.js';
import { html, jsonScript, type Html } from './html.js';
import { page, type PageUser } from './layout.js';

const perDayChart = (d: Dashboard): unknown => {
  const days = [...new Set(d.perDay.map((r) => r.day))].sort();
  const series = [...new Set(d.perDay.map((r) => `${r.audience} · ${r.channel}`))].sort();
  return {
    labels: days,
    datasets: series.map((s) => ({
      label: s,
      data: days.map((day) => d.perDay.filter((r) => r.day === day && `${r.audience} · ${r.channel}` === s).reduce((n, r) => n + r.count, 0)),
    })),
  };
};

const chart = (canvasId: string, dataId: string, data: unknown, label: string): Html =>
  html`<div class="chart"><canvas id="${canvasId}" aria-label="${label}" role="img"></canvas>${jsonScript(dataId, data)}</div>`;

export const dashboardPage = (user: PageUser, d: Dashboard): string =>
  page(
    'Dashboard',
    user,
    html`<p>Last ${d.window.days} days, in ${d.window.timeZone} (UTC${d.window.offsetMinutes >= 0 ? '+' : ''}${d.window.offsetMinutes / 60}).</p>
<section class="cards">
<div class="card" id="complaints-rate"><strong>${d.complaintsPerThousand}</strong>complaints per 1,000 accounts (${d.complaints} of ${d.accounts})</div>
<div class="card" id="opt-outs-rate"><strong>${d.optOutsPerThousand}</strong>opt-outs per 1,000 accounts (${d.optOuts})</div>
<div class="card" id="third-party-max"><strong>${d.thirdParty.max}</strong>most contacts to one third party (${d.thirdParty.people} third parties contacted)</div>
</section>
<h2>Messages per day by audience and channel</h2>
${chart('chart-per-day', 'data-per-day', perDayChart(d), 'Outbound contacts per day')}
<table id="per-day"><thead><tr><th>Day</th><th>Audience</th><th>Channel</th><th>Count</th></tr></thead><tbody>
${d.perDay.map((r) => html`<tr><td>${r.day}</td><td>${r.audience}</td><td>${r.channel}</td><td class="num">${r.count}</td></tr>`)}
</tbody></table>
<h2>Blocked contacts by rule</h2>
${chart('chart-blocked', 'data-blocked', { labels: d.blockedByReason.map((b) => b.reason), datasets: [{ label: 'Blocked messages', data: d.blockedByReason.map((b) => b.count) }] }, 'Blocked messages by reason')}
<table id="blocked"><thead><tr><th>Reason code</th><th>Blocked messages</th></tr></thead><tbody>
${d.blockedByReason.map((b) => html`<tr><td>${b.reason}</td><td class="num">${b.count}</td></tr>`)}
</tbody></table>
<h2>Contacts per third party</h2>
${chart('chart-third-party', 'data-third-party', { labels: d.thirdParty.distribution.map((x) => String(x.contacts)), datasets: [{ label: 'Third parties', data: d.thirdParty.distribution.map((x) => x.people) }] }, 'Third parties by number of contacts')}
<table id="third-party"><thead><tr><th>Contacts in the window</th><th>Third parties</th></tr></thead><tbody>
${d.thirdParty.distribution.map((x) => html`<tr><td class="num">${x.contacts}</td><td class="num">${x.people}</td></tr>`)}
</tbody></table>`,
    ['/console/assets/chart.umd.js', '/console/assets/dashboard.js'],
  );
