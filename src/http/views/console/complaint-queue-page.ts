// The console's complaint queue: open complaints, oldest first, with the next SLA due
// date in the tenant's zone, the missed deadline, and an Acknowledge button (a POST form
// carrying the session's CSRF token) for those still `received`.
import type { QueuedComplaint } from '../../../app/complaints/list-complaints.js';
import { html } from './html.js';
import { csrfField, page, type PageUser } from './layout.js';

const fmt = (zone: string): Intl.DateTimeFormat =>
  new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

export const complaintQueuePage = (user: PageUser, items: readonly QueuedComplaint[], zone: string, overdue: boolean, canWrite: boolean): string => {
  const f = fmt(zone);
  const late = items.filter((q) => q.breach !== undefined).length;
  const rows = items.map((q) => {
    const c = q.complaint;
    return html`<tr class="${q.breach === undefined ? '' : 'overdue'}"><td><code>${c.id}</code></td><td>${f.format(c.receivedAt)}</td><td>${c.category}</td><td>${c.source}</td><td>${c.status}</td><td>${c.accountId ?? '—'}</td><td>${q.dueAt === undefined ? '—' : f.format(q.dueAt - 1)}</td><td>${q.breach === undefined ? 'ok' : html`<strong>overdue: ${q.breach}</strong>`}</td><td>${canWrite && c.status === 'received'
      ? html`<form method="post" action="/console/complaints/${c.id}/acknowledge">${csrfField(user)}<button type="submit">Acknowledge</button></form>`
      : ''}</td></tr>`;
  });
  return page('Complaints', user, html`
<p>${items.length} ${overdue ? 'overdue' : 'open'}, ${late} past an SLA deadline. Times in ${zone}. <a href="/console/complaints${overdue ? '' : '?overdue=true'}">${overdue ? 'All open' : 'Overdue only'}</a></p>
<table><thead><tr><th>Id</th><th>Received</th><th>Category</th><th>Source</th><th>Status</th><th>Account</th><th>Due</th><th>SLA</th><th></th></tr></thead>
<tbody>${rows}</tbody></table>`);
};
