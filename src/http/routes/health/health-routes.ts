// GET /healthz: the process is up and the store answers. Public, no data.
import type { FastifyInstance } from 'fastify';
import type { ServerDeps } from '../../server-deps.js';

export const healthRoutes = async (app: FastifyInstance, deps: ServerDeps): Promise<void> => {
  app.get(
    '/healthz',
    {
      config: { public: true },
      schema: {
        hide: true,
        response: { 200: { type: 'object', required: ['ok', 'dialect'], properties: { ok: { type: 'boolean' }, dialect: { type: 'string' } } } },
      },
    },
    async () => {
      await deps.store.listTenantIds();
      return { ok: true, dialect: deps.store.capabilities.dialect };
    },
  );
};
