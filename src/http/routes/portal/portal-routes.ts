// The public portal (docs/portal.md): one kit (language, CSRF, sessions, one-time codes)
// shared by the code pages, access/erasure, sign-in and the borrower pages.
import type { FastifyInstance } from 'fastify';
import type { ServerDeps } from '../../server-deps.js';
import { borrowerRoutes } from './borrower-routes.js';
import { dataRoutes } from './data-routes.js';
import { portalKit } from './portal-kit.js';
import { signInRoutes } from './sign-in-routes.js';
import { verifyRoutes } from './verify-routes.js';

export const portalRoutes = async (app: FastifyInstance, deps: ServerDeps): Promise<void> => {
  const kit = portalKit(deps);
  await verifyRoutes(app, kit);
  await dataRoutes(app, kit);
  await signInRoutes(app, kit);
  await borrowerRoutes(app, kit);
};
