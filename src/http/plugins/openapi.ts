// The OpenAPI document, built from the routes' own JSON schemas, at /docs (UI) and
// /docs/json. Routes under /v1 appear; console and portal pages are hidden.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';

export const registerOpenApi = async (app: FastifyInstance, baseUrl: string): Promise<void> => {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Tact API',
        version: '1',
        description: 'Overdue-loan reminders and collection communication. Every error answers one JSON shape with a TACT_ERR_* code (docs/errors.md).',
      },
      servers: [{ url: baseUrl }],
      components: { securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'An API key created by an admin (tact_…).' } } },
      security: [{ apiKey: [] }],
    },
    hideUntagged: false,
    transform: ({ schema, url }) => ({ schema: url.startsWith('/v1') ? schema : { ...schema, hide: true }, url }),
  });
  // Swagger UI sets a few inline styles (its own <style> for the layout): allowed on
  // /docs only, where nothing user-supplied is shown; every other page keeps style-src 'self'.
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    staticCSP: true,
    transformStaticCSP: (header) => header.replace(/style-src ([^;]*)/, "style-src $1 'unsafe-inline'"),
  });
};
