// GET /v1/experiments/:experimentId/report (permission experiments:read): the experiment report
// of the caller's tenant as JSON (docs/experiments.md, "Report"). `asOf` (ISO instant,
// default now) ends the measured period. Another tenant's experiment is a 404 like a
// missing one.
import type { FastifyInstance } from 'fastify';
import { loadExperimentReport } from '../../../app/experiments/load-experiment-report.js';
import { tenantOf } from '../../plugins/auth.js';
import { notFound, requestFailed } from '../../plugins/request-failed.js';
import type { ServerDeps } from '../../server-deps.js';
import { experimentReportSchema } from './experiment-report-schema.js';

/** NaN (the rate of an empty group) becomes null, which JSON can carry. */
const finite = (v: unknown): unknown => {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (Array.isArray(v)) return v.map(finite);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, finite(x)]));
  return v;
};

export const experimentReportRoutes = async (app: FastifyInstance, deps: ServerDeps): Promise<void> => {
  app.get<{ Params: { experimentId: string }; Querystring: { asOf?: string } }>(
    '/v1/experiments/:experimentId/report',
    {
      config: { permission: 'experiments:read' },
      schema: {
        summary: 'Per-arm outcomes of an experiment with confidence intervals',
        tags: ['experiments'],
        params: { type: 'object', required: ['experimentId'], properties: { experimentId: { type: 'string', minLength: 1, maxLength: 200 } }, additionalProperties: false },
        querystring: { type: 'object', properties: { asOf: { type: 'string', format: 'date-time' } }, additionalProperties: false },
        response: { 200: experimentReportSchema, '4xx': { $ref: 'ErrorBody#' } },
      },
    },
    async (request) => {
      const tenant = tenantOf(request);
      const asOf = request.query.asOf === undefined ? deps.clock.now() : Date.parse(request.query.asOf);
      if (!Number.isFinite(asOf)) throw requestFailed('TACT_ERR_HTTP_BAD_REQUEST', { path: 'asOf' });
      const report = await loadExperimentReport(deps.store, tenant, request.params.experimentId, asOf);
      if (report === undefined) throw notFound('experimentId');
      return finite(report);
    },
  );
};
