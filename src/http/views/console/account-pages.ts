// The account search/list and the account page (the full timeline).
import type { AccountTimeline } from '../../../app/accounts/account-timeline.js';
import type { AccountRecord } from '../../../app/ports/store-records.js';
import { decisionView } from './decision-view.js';
import { html } from './html.js';
import { page, type PageUser } from './layout.js';

const money = (minor: number, currency: string): string => `${(minor / 100).toFixed(2)} ${currency}`;

export const accountListPage = (user: PageUser, accounts: readonly AccountRecord[], q: string, next: string | undefined): string =>
  page(
    'Accounts',
    user,
    html`<form method="get" action="/console/accounts"><label>Lender account id <input name="q" value="${q}" maxlength="128"></label> <button type="submit">Find</button></form>
<table id="accounts"><thead><tr><th>Account</th><th>Status</th><th>Days past due</th><th>Overdue</th></tr></thead><tbody>
${accounts.map((a) => html`<tr><td><a href="/console/accounts/${encodeURIComponent(a.id)}">${a.externalId}</a></td><td>${a.status}</td><td class="num">${a.daysPastDue}</td><td class="num">${money(a.overdueMinor, a.currency)}</td></tr>`)}
</tbody></table>
${next === undefined ? '' : html`<a href="/console/accounts?after=${encodeURIComponent(next)}">Next page</a>`}`,
  );

/** mayExport: the role may read evidence packs (compliance, admin, auditor). */
export const accountPage = (user: PageUser, t: AccountTimeline, mayCall: boolean, mayExport = false): string => {
  const names = new Map(t.people.map((p) => [p.personId, `${p.name} (${p.role}${p.relationship === undefined ? '' : `, ${p.relationship}`})`]));
  const a = t.account;
  return page(
    `Account ${a.externalId}`,
    user,
    html`<p>${a.product} · ${a.status} · ${a.daysPastDue} days past due · overdue ${money(a.overdueMinor, a.currency)} of ${money(a.balanceMinor, a.currency)} · due ${a.dueDate}</p>
${mayExport ? html`<p class="actions"><a class="button" href="/v1/evidence.pdf?accountId=${encodeURIComponent(a.id)}">Evidence pack (PDF)</a> <a href="/v1/evidence?accountId=${encodeURIComponent(a.id)}">JSON twin</a></p>` : ''}
<h2>People</h2>
<table id="people"><thead><tr><th>Person</th><th>Time zones</th>${mayCall ? html`<th>Call</th>` : ''}</tr></thead><tbody>
${t.people.map((p) => html`<tr><td>${names.get(p.personId)}</td><td>${p.timeZones.join(', ')}</td>${mayCall ? html`<td><a href="/console/queue/check?accountId=${encodeURIComponent(a.id)}&amp;personId=${encodeURIComponent(p.personId)}">May I call now?</a></td>` : ''}</tr>`)}
</tbody></table>
<h2>Timeline</h2>
<table id="timeline"><thead><tr><th>When (UTC)</th><th>Person's local time</th><th>What</th><th>Who</th><th>Status</th><th>Decision and reasons</th><th>Receipts</th><th>Text</th></tr></thead><tbody>
${t.entries.map((e) => html`<tr class="${e.kind}"><td>${new Date(e.at).toISOString().slice(0, 16).replace('T', ' ')}</td>
<td>${e.localTimes.map((l) => html`${l.time} ${l.zone}<br>`)}</td>
<td>${e.kind} · ${e.channel}${e.purpose === undefined ? '' : ` · ${e.purpose}`}</td>
<td>${e.personId === undefined ? '(erased)' : (names.get(e.personId) ?? e.party)}${e.actor === undefined ? '' : html`<br><small>by ${e.actor}</small>`}</td>
<td>${e.status}</td>
<td>${e.kind === 'message' ? decisionView(e) : ''}</td>
<td>${e.receipts.map((r) => html`${r.status}${r.errorCode === undefined ? '' : ` (${r.errorCode})`} ${new Date(r.at).toISOString().slice(0, 16).replace('T', ' ')}<br>`)}</td>
<td>${e.text ?? ''}</td></tr>`)}
</tbody></table>`,
  );
};
