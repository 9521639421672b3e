// GET /console: the dashboard (dashboard:read). `?days=` chooses the window (1–90, default 30).
import type { FastifyInstance } from 'fastify';
import { loadDashboard } from '../../../app/dashboard/load-dashboard.js';
import { tenantOf } from '../../plugins/auth.js';
import { notFound } from '../../plugins/request-failed.js';
import type { ServerDeps } from '../../server-deps.js';
import { dashboardPage } from '../../views/console/dashboard-page.js';
import { htmlResponse, pageUser, sendHtml } from './console-html.js';

export const dashboardRoutes = async (app: FastifyInstance, deps: ServerDeps): Promise<void> => {
  app.get<{ Querystring: { days: number } }>(
    '/console',
    {
      config: { permission: 'dashboard:read' },
      schema: { hide: true, querystring: { type: 'object', properties: { days: { type: 'integer', minimum: 1, maximum: 90, default: 30 } } }, response: htmlResponse },
    },
    async (request, reply) => {
      const tenant = tenantOf(request);
      const t = await deps.store.getTenant(tenant);
      if (t === undefined) throw notFound('tenant');
      const d = await loadDashboard(deps.store, tenant, t.timeZone, deps.clock.now(), request.query.days);
      const user = await pageUser(request, async (id) => (await deps.store.getUser(tenant, id))?.login);
      return sendHtml(reply, dashboardPage(user, d));
    },
  );
};
