// Builds the Fastify app: error shape, security headers, rate limits, authentication,
// OpenAPI at /docs, then each area's routes (REST /v1, console, portal). It does not
// listen: src/main does, and tests use app.inject(). The returned `routes` list is every
// route with its permission, for the role-matrix and tenant-isolation tests.
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import Fastify, { type FastifyInstance } from 'fastify';
import { apiKeyResolver } from './plugins/api-key-resolver.js';
import { registerAuth, registerGuards, type GuardedRoute, type PrincipalResolver } from './plugins/auth.js';
import { errorBodySchema, registerErrorShape } from './plugins/error-shape.js';
import { registerOpenApi } from './plugins/openapi.js';
import { registerSecurity } from './plugins/security.js';
import { evidenceRoutes } from './routes/evidence/evidence-routes.js';
import { experimentReportRoutes } from './routes/experiments/experiment-report-routes.js';
import { healthRoutes } from './routes/health/health-routes.js';
import { complaintRoutes } from './routes/complaints/complaint-routes.js';
import { complaintAdminRoutes } from './routes/complaints/complaint-admin-routes.js';
import { complaintConsoleRoutes } from './views/console/complaint-queue-routes.js';
import { complaintPortalRoutes } from './views/portal/complaint-portal-routes.js';
import { faviconRoutes } from './routes/favicon/favicon-routes.js';
import { portalRoutes } from './routes/portal/portal-routes.js';
import { csrfCheck, sessionResolver } from './plugins/console-session.js';
import { callsRoutes } from './routes/calls/calls-routes.js';
import { consoleRoutes } from './routes/console/console-routes.js';
import { usersRoutes } from './routes/users/users-routes.js';
import { rightsRoutes } from './routes/rights/rights-routes.js';
import { v1Routes } from './routes/v1-routes.js';
import type { ServerDeps } from './server-deps.js';

export interface BuiltServer {
  readonly app: FastifyInstance;
  readonly routes: readonly GuardedRoute[];
}

/** Upload limits for complaint screenshots (the portal form, the one multipart route). */
export const uploadLimits = { fileSize: 5 * 1024 * 1024, files: 5 } as const;

export const buildServer = async (deps: ServerDeps): Promise<BuiltServer> => {
  const app = Fastify({
    logger: false,
    trustProxy: false,
    bodyLimit: 20 * 1024 * 1024,
    genReqId: () => globalThis.crypto.randomUUID(),
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: false } },
  });
  const routes: GuardedRoute[] = [];
  app.addSchema(errorBodySchema);
  registerErrorShape(app, deps.logger);
  const resolvers: PrincipalResolver[] = [...(deps.principalResolvers ?? []), apiKeyResolver(deps.store)];
  resolvers.push(sessionResolver(deps));
  registerAuth(app, resolvers);
  await registerSecurity(app, { publicPerMinute: deps.config.publicRateLimitPerMinute, apiPerMinute: 6000 });
  await app.register(cookie, { secret: deps.config.cookieSecret });
  await app.register(formbody);
  // A multipart body is accepted everywhere, unread (as @fastify/multipart's own parser
  // does until a route reads it), so the guard answers a multipart request to another
  // route first (401/403, not 415). The plugin itself, with its per-request hooks, lives
  // only in the scope of the one route that reads multipart: the portal complaint form.
  app.addContentTypeParser('multipart/form-data', (_request, _payload, done) => done(null));
  await registerOpenApi(app, deps.config.publicBaseUrl);
  registerGuards(app, routes, [csrfCheck]);

  await app.register(async (scope) => healthRoutes(scope, deps));
  await app.register(async (scope) => consoleRoutes(scope, deps));
  await app.register(async (scope) => usersRoutes(scope, deps));
  await app.register(async (scope) => callsRoutes(scope, deps));
  await app.register(async (scope) => evidenceRoutes(scope, deps));
  await app.register(async (scope) => rightsRoutes(scope, deps));
  await app.register(async (scope) => v1Routes(scope, deps));
  await app.register(async (scope) => portalRoutes(scope, deps));
  await app.register(async (scope) => complaintRoutes(scope, deps));
  await app.register(async (scope) => complaintAdminRoutes(scope, deps));
  await app.register(async (scope) => {
    scope.removeContentTypeParser('multipart/form-data');
    await scope.register(multipart, { limits: uploadLimits });
    await complaintPortalRoutes(scope, deps);
  });
  await app.register(async (scope) => complaintConsoleRoutes(scope, deps));
  await app.register(async (scope) => experimentReportRoutes(scope, deps));
  await app.register(async (scope) => faviconRoutes(scope));

  await app.ready();
  return { app, routes };
};
