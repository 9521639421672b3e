// /console/assets/*: the console's stylesheet and scripts as files (CSP allows 'self'
// only; no inline script or style) and Chart.js's UMD build from node_modules. Public:
// they hold no data. Read once at start.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { notFound } from '../../plugins/request-failed.js';

// src/http/routes/console and dist/http/routes/console are both four levels below the
// package root; the asset files live in src/ only.
const assetsDir = fileURLToPath(new URL('../../../../src/http/views/console/assets/', import.meta.url));
const chartDir = dirname(createRequire(import.meta.url).resolve('chart.js'));

const assets: Readonly<Record<string, { readonly path: string; readonly type: string }>> = {
  'console.css': { path: join(assetsDir, 'console.css'), type: 'text/css; charset=utf-8' },
  'dashboard.js': { path: join(assetsDir, 'dashboard.js'), type: 'text/javascript; charset=utf-8' },
  'editor.js': { path: join(assetsDir, 'editor.js'), type: 'text/javascript; charset=utf-8' },
  'chart.umd.js': { path: join(chartDir, 'chart.umd.js'), type: 'text/javascript; charset=utf-8' },
};

export const consoleAssetsRoutes = async (app: FastifyInstance): Promise<void> => {
  const loaded = new Map(Object.entries(assets).map(([name, a]) => [name, { body: readFileSync(a.path), type: a.type }]));
  app.get<{ Params: { name: string } }>(
    '/console/assets/:name',
    {
      config: { public: true },
      schema: { hide: true, params: { type: 'object', required: ['name'], properties: { name: { type: 'string', maxLength: 64 } } } },
    },
    async (request, reply) => {
      const a = loaded.get(request.params.name);
      if (a === undefined) throw notFound('name');
      return reply.header('content-type', a.type).header('cache-control', 'public, max-age=3600').send(a.body);
    },
  );
};
