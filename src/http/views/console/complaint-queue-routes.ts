// GET /console/complaints[?overdue=true]: the complaint queue — open complaints, oldest
// first, with the next SLA due date in the tenant's zone and the missed deadline, if
// any. Read-only (complaints:read); steps are taken through /v1/complaints or the CLI
// until the console's forms and CSRF land (docs/complaints.md).
import type { FastifyInstance } from 'fastify';
import { listComplaints, openStatuses, type QueuedComplaint } from '../../../app/complaints/list-complaints.js';
import { tenantOf } from '../../plugins/auth.js';
import type { ServerDeps } from '../../server-deps.js';
import { esc } from '../portal/html.js';

const row = (q: QueuedComplaint, fmt: Intl.DateTimeFormat): string => {
  const c = q.complaint;
  const due = q.dueAt === undefined ? '—' : fmt.format(q.dueAt - 1);
  return `<tr${q.breach === undefined ? '' : ' class="overdue"'}><td><code>${esc(c.id)}</code></td><td>${esc(fmt.format(c.receivedAt))}</td><td>${esc(c.category)}</td><td>${esc(c.source)}</td><td>${esc(c.status)}</td><td>${esc(c.accountId ?? '—')}</td><td>${esc(due)}</td><td>${q.breach === undefined ? '' : `<strong>overdue: ${esc(q.breach)}</strong>`}</td></tr>`;
};

export const complaintConsoleRoutes = async (app: FastifyInstance, deps: ServerDeps): Promise<void> => {
  app.get<{ Querystring: { overdue?: boolean } }>(
    '/console/complaints',
    {
      config: { permission: 'complaints:read' },
      schema: { hide: true, querystring: { type: 'object', additionalProperties: false, properties: { overdue: { type: 'boolean' } } }, response: { 200: { type: 'string' } } },
    },
    async (request, reply) => {
      const tenant = tenantOf(request);
      const now = deps.clock.now();
      const t = await deps.store.getTenant(tenant);
      const overdue = request.query.overdue === true;
      const items = await listComplaints(deps.store, tenant, { statuses: openStatuses, overdue, limit: 500 }, now);
      const fmt = new Intl.DateTimeFormat('en-CA', { timeZone: t?.timeZone ?? 'UTC', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
      const late = items.filter((q) => q.breach !== undefined).length;
      const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Complaints</title></head><body><main>
<h1>Complaints</h1>
<p>${items.length} ${overdue ? 'overdue' : 'open'}, ${late} past an SLA deadline. Times in ${esc(t?.timeZone ?? 'UTC')}. <a href="/console/complaints${overdue ? '' : '?overdue=true'}">${overdue ? 'All open' : 'Overdue only'}</a></p>
<table><thead><tr><th>Id</th><th>Received</th><th>Category</th><th>Source</th><th>Status</th><th>Account</th><th>Due</th><th>SLA</th></tr></thead>
<tbody>${items.map((q) => row(q, fmt)).join('')}</tbody></table>
</main></body></html>`;
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(body);
    },
  );
};
