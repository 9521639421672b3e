// GET /console/experiments/:experimentId (experiments:read): the experiment report page. Another
// tenant's experiment is a 404 like a missing one.
import type { FastifyInstance } from 'fastify';
import { loadExperimentReport } from '../../../app/experiments/load-experiment-report.js';
import { tenantOf } from '../../plugins/auth.js';
import { notFound } from '../../plugins/request-failed.js';
import type { ServerDeps } from '../../server-deps.js';
import { experimentPage } from '../../views/console/experiment-page.js';
import { htmlResponse, pageUser, sendHtml } from './console-html.js';

export const experimentPageRoutes = async (app: FastifyInstance, deps: ServerDeps): Promise<void> => {
  app.get<{ Params: { experimentId: string } }>(
    '/console/experiments/:experimentId',
    {
      config: { permission: 'experiments:read' },
      schema: { hide: true, params: { type: 'object', required: ['experimentId'], properties: { experimentId: { type: 'string', minLength: 1, maxLength: 200 } } }, response: htmlResponse },
    },
    async (request, reply) => {
      const tenant = tenantOf(request);
      const report = await loadExperimentReport(deps.store, tenant, request.params.experimentId, deps.clock.now());
      if (report === undefined) throw notFound('experimentId');
      const user = await pageUser(request, async (id) => (await deps.store.getUser(tenant, id))?.login);
      return sendHtml(reply, experimentPage(user, report));
    },
  );
};
