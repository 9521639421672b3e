// The agents' work queue, the "may I call now?" page and its call-result form.
import type { CallCheck } from '../../../app/calls/check-call.js';
import type { QueueItem } from '../../../app/calls/call-queue.js';
import { callOutcomeLabels, callOutcomes } from '../../../core/model/call-outcomes.js';
import { decisionView } from './decision-view.js';
import { html } from './html.js';
import { csrfField, page, type PageUser } from './layout.js';

export const queuePage = (user: PageUser, items: readonly QueueItem[]): string =>
  page(
    'Work queue',
    user,
    html`<p>Overdue accounts, callable now first, then most days past due. Ask again just before dialling.</p>
<table id="queue"><thead><tr><th>Account</th><th>Days past due</th><th>Borrower call now?</th><th></th></tr></thead><tbody>
${items.map((i) => html`<tr><td><a href="/console/accounts/${encodeURIComponent(i.account.id)}">${i.account.externalId}</a></td><td class="num">${i.account.daysPastDue}</td>
<td>${i.decision === undefined ? 'no borrower on file' : decisionView(i.decision)}</td>
<td>${i.borrowerId === undefined ? '' : html`<a href="/console/queue/check?accountId=${encodeURIComponent(i.account.id)}&amp;personId=${encodeURIComponent(i.borrowerId)}">Call…</a>`}</td></tr>`)}
</tbody></table>`,
  );

export interface CallPageView {
  readonly accountId: string;
  readonly personId: string;
  readonly check: CallCheck;
  /** Set after a refused log attempt or a logged call. */
  readonly message?: string;
}

export const callPage = (user: PageUser, v: CallPageView): string =>
  page(
    'May I call now?',
    user,
    html`${v.message === undefined ? '' : html`<p class="notice" role="status">${v.message}</p>`}
<p>Calling the ${v.check.party === 'borrower' ? 'borrower' : 'third party'} (${v.check.purpose}) at <strong>${v.check.phone}</strong>:</p>
<div id="decision">${decisionView(v.check.decision)}</div>
<h2>Log the call</h2>
<form method="post" action="/console/queue/calls" class="stack">
${csrfField(user)}
<input type="hidden" name="accountId" value="${v.accountId}">
<input type="hidden" name="personId" value="${v.personId}">
<label>Result <select name="outcome">${callOutcomes.map((o) => html`<option value="${o}">${callOutcomeLabels[o]}</option>`)}</select></label>
${v.check.decision.allowed ? '' : html`<label>Override reason (required: the engine refuses this call; audited) <input name="overrideReason" maxlength="500"></label>`}
<button type="submit">Log call</button>
</form>
<p><a href="/console/accounts/${encodeURIComponent(v.accountId)}">Back to the account</a></p>`,
  );
