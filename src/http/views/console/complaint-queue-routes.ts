// GET /console/complaints[?overdue=true] (complaints:read): the complaint queue on the
// console layout; POST /console/complaints/:complaintId/acknowledge (complaints:write, CSRF
// checked by the console session plugin) acknowledges and returns to the queue.
import type { FastifyInstance } from 'fastify';
import { acknowledgeComplaint } from '../../../app/complaints/acknowledge-complaint.js';
import { listComplaints, openStatuses } from '../../../app/complaints/list-complaints.js';
import type { TenantId } from '../../../core/model/ids.js';
import { principalOf, tenantOf } from '../../plugins/auth.js';
import { mayDo } from '../../plugins/permissions.js';
import { RequestFailed } from '../../plugins/request-failed.js';
import { csrfProperty, htmlResponse, pageUser, sendHtml } from '../../routes/console/console-html.js';
import { actorOf } from '../../routes/complaints/complaint-routes.js';
import type { ServerDeps } from '../../server-deps.js';
import { complaintQueuePage } from './complaint-queue-page.js';

export const complaintConsoleRoutes = async (app: FastifyInstance, deps: ServerDeps): Promise<void> => {
  const login = (tenant: TenantId) => async (id: string) => (await deps.store.getUser(tenant, id))?.login;

  app.get<{ Querystring: { overdue?: boolean } }>(
    '/console/complaints',
    {
      config: { permission: 'complaints:read' },
      schema: { hide: true, querystring: { type: 'object', additionalProperties: false, properties: { overdue: { type: 'boolean' } } }, response: htmlResponse },
    },
    async (request, reply) => {
      const tenant = tenantOf(request);
      const now = deps.clock.now();
      const t = await deps.store.getTenant(tenant);
      const overdue = request.query.overdue === true;
      const items = await listComplaints(deps.store, tenant, { statuses: openStatuses, overdue, limit: 500 }, now);
      const canWrite = mayDo(principalOf(request).role, 'complaints:write');
      return sendHtml(reply, complaintQueuePage(await pageUser(request, login(tenant)), items, t?.timeZone ?? 'UTC', overdue, canWrite));
    },
  );

  app.post<{ Params: { complaintId: string } }>(
    '/console/complaints/:complaintId/acknowledge',
    {
      config: { permission: 'complaints:write' },
      schema: {
        hide: true,
        params: { type: 'object', required: ['complaintId'], properties: { complaintId: { type: 'string', maxLength: 100 } } },
        body: { type: 'object', properties: csrfProperty },
        response: { 303: { type: 'string' } },
      },
    },
    async (request, reply) => {
      const r = await acknowledgeComplaint(deps.store, tenantOf(request), request.params.complaintId, deps.clock.now(), actorOf(request));
      if (!r.ok) throw new RequestFailed(r.error);
      return reply.redirect('/console/complaints', 303);
    },
  );
};
