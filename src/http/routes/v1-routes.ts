// Every /v1 REST route (docs/server.md, "REST API"), registered by build-server.ts.
import type { FastifyInstance } from 'fastify';
import type { ServerDeps } from '../server-deps.js';
import { accountsRoutes } from './accounts/accounts-routes.js';
import { timelineRoutes } from './accounts/timeline-routes.js';
import { auditRoutes } from './audit/audit-routes.js';
import { decisionsRoutes } from './decisions/decisions-routes.js';
import { experimentsRoutes } from './experiments/experiments-routes.js';
import { importsRoutes } from './imports/imports-routes.js';
import { keysRoutes } from './keys/keys-routes.js';
import { messagesRoutes } from './messages/messages-routes.js';
import { paymentsRoutes } from './payments/payments-routes.js';
import { peopleRoutes } from './people/people-routes.js';
import { strategiesRoutes } from './strategies/strategies-routes.js';
import { suppressionsRoutes } from './suppressions/suppressions-routes.js';
import { templatesRoutes } from './templates/templates-routes.js';

const all = [
  accountsRoutes, timelineRoutes, peopleRoutes, importsRoutes, paymentsRoutes, messagesRoutes,
  strategiesRoutes, templatesRoutes, decisionsRoutes, experimentsRoutes, auditRoutes, suppressionsRoutes, keysRoutes,
] as const;

export const v1Routes = async (app: FastifyInstance, deps: ServerDeps): Promise<void> => {
  // Each in its own scope: a content-type parser (imports) stays with its routes.
  for (const routes of all) await app.register(async (scope) => routes(scope, deps));
};
