// GET /favicon.ico: browsers ask for it on every page of the console and the portal.
// Without a route each page load logged a 404 in the browser and counted against the
// public rate limit; an empty answer, cached for a day, ends both.
import type { FastifyInstance } from 'fastify';

export const faviconRoutes = async (app: FastifyInstance): Promise<void> => {
  app.get(
    '/favicon.ico',
    { config: { public: true }, schema: { hide: true, response: { 204: { type: 'null' } } } },
    async (_request, reply) => reply.code(204).header('cache-control', 'public, max-age=86400').send(),
  );
};
