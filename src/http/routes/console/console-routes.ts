// Every console route (server-rendered HTML under /console). A page asked for without a
// session redirects to the sign-in form instead of answering JSON 401.
import type { FastifyInstance } from 'fastify';
import type { ServerDeps } from '../../server-deps.js';
import { accountPagesRoutes } from './account-pages-routes.js';
import { consoleAssetsRoutes } from './console-assets-routes.js';
import { dashboardRoutes } from './dashboard-routes.js';
import { editorRoutes } from './editor-routes.js';
import { queueRoutes } from './queue-routes.js';
import { signInRoutes } from './sign-in-routes.js';

export const consoleRoutes = async (app: FastifyInstance, deps: ServerDeps): Promise<void> => {
  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' || request.principal !== undefined || request.routeOptions.config.public === true) return;
    if (request.headers.accept?.includes('text/html') !== true) return;
    await reply.redirect('/console/sign-in', 303);
  });
  await signInRoutes(app, deps);
  await consoleAssetsRoutes(app);
  await dashboardRoutes(app, deps);
  await accountPagesRoutes(app, deps);
  await queueRoutes(app, deps);
  await editorRoutes(app, deps);
};
