// /v1/experiments: list, get, create (arms checked by the store, as `tact experiments
// create`) and stop. Reports and statistics live elsewhere (docs/strategies.md).
import type { FastifyInstance } from 'fastify';
import type { CreateExperimentRefusal, ExperimentArm, StoredExperiment } from '../../../app/ports/experiment-store.js';
import { tenantOf } from '../../plugins/auth.js';
import { notFound, requestFailed } from '../../plugins/request-failed.js';
import type { ServerDeps } from '../../server-deps.js';
import { errorResponses, iso, noParams, noQuery, paramsOf } from '../api-schemas.js';
import { actorOf } from '../principal-view.js';

const tags = ['experiments'];

const armSchema = {
  type: 'object',
  required: ['name', 'strategyId', 'strategyVersion', 'weight'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 64 },
    strategyId: { type: 'string', minLength: 1, maxLength: 64 },
    strategyVersion: { type: 'integer', minimum: 1 },
    weight: { type: 'number', exclusiveMinimum: 0 },
  },
} as const;

const experimentSchema = {
  type: 'object',
  required: ['id', 'name', 'status', 'arms', 'createdAt'],
  additionalProperties: false,
  properties: { id: { type: 'string' }, name: { type: 'string' }, status: { type: 'string', enum: ['running', 'stopped'] }, arms: { type: 'array', items: armSchema }, createdAt: { type: 'string', format: 'date-time' } },
} as const;

const refusals: Readonly<Record<CreateExperimentRefusal, { path: string; message: string }>> = {
  exists: { path: 'body.id', message: 'An experiment with this id already exists.' },
  another_running: { path: 'body', message: 'Another experiment is running for this tenant; stop it first.' },
  bad_arms: { path: 'body.arms', message: 'Give at least 2 arms with unique names and weights > 0.' },
  unknown_strategy_version: { path: 'body.arms', message: 'An arm names a strategy version that is not stored (POST /v1/strategies).' },
  bad_definition: { path: 'body', message: 'The experiment definition (control arm, population, metric, guardrails) is not valid; see docs/experiments.md.' },
};

const experimentJson = (e: StoredExperiment) => ({ id: e.id, name: e.name, status: e.status, arms: e.arms.map((a) => ({ ...a })), createdAt: iso(e.createdAt) });

export const experimentsRoutes = async (app: FastifyInstance, deps: ServerDeps): Promise<void> => {
  const { store } = deps;

  app.get('/v1/experiments', {
    config: { permission: 'experiments:read' },
    schema: { tags, summary: 'The tenant’s experiments', params: noParams, querystring: noQuery, response: { 200: { type: 'object', required: ['items'], additionalProperties: false, properties: { items: { type: 'array', items: experimentSchema } } }, ...errorResponses } },
  }, async (request) => ({ items: (await store.listExperiments(tenantOf(request))).map(experimentJson) }));

  app.get<{ Params: { experimentId: string } }>('/v1/experiments/:experimentId', {
    config: { permission: 'experiments:read' },
    schema: { tags, summary: 'One experiment', params: paramsOf('experimentId'), querystring: noQuery, response: { 200: experimentSchema, ...errorResponses } },
  }, async (request) => {
    const e = (await store.listExperiments(tenantOf(request))).find((x) => x.id === request.params.experimentId);
    if (e === undefined) throw notFound('experimentId');
    return experimentJson(e);
  });

  app.post<{ Body: { id: string; name?: string; arms: ExperimentArm[] } }>('/v1/experiments', {
    config: { permission: 'experiments:write' },
    schema: {
      tags,
      summary: 'Start an experiment (one running per tenant)',
      params: noParams,
      querystring: noQuery,
      body: { type: 'object', required: ['id', 'arms'], additionalProperties: false, properties: { id: { type: 'string', pattern: '^[A-Za-z0-9._-]{1,64}$' }, name: { type: 'string', minLength: 1, maxLength: 200 }, arms: { type: 'array', minItems: 2, maxItems: 10, items: armSchema } } },
      response: { 201: experimentSchema, ...errorResponses, 409: { $ref: 'ErrorBody#' } },
    },
  }, async (request, reply) => {
    const b = request.body;
    const r = await store.createExperiment(tenantOf(request), { id: b.id, name: b.name ?? b.id, arms: b.arms }, actorOf(request));
    if (!r.ok) {
      const { path, message } = refusals[r.error];
      throw requestFailed(r.error === 'exists' || r.error === 'another_running' ? 'TACT_ERR_HTTP_CONFLICT' : 'TACT_ERR_STRATEGY_BAD_EXPERIMENT', { path, message });
    }
    return reply.status(201).send(experimentJson(r.value));
  });

  app.post<{ Params: { experimentId: string } }>('/v1/experiments/:experimentId/stop', {
    config: { permission: 'experiments:write' },
    schema: { tags, summary: 'Stop a running experiment (assignments are kept)', params: paramsOf('experimentId'), querystring: noQuery, response: { 200: experimentSchema, ...errorResponses, 409: { $ref: 'ErrorBody#' } } },
  }, async (request) => {
    const tenant = tenantOf(request);
    const id = request.params.experimentId;
    const before = (await store.listExperiments(tenant)).find((x) => x.id === id);
    if (before === undefined) throw notFound('experimentId');
    if (!(await store.stopExperiment(tenant, id, actorOf(request)))) throw requestFailed('TACT_ERR_HTTP_CONFLICT', { path: 'experimentId', message: 'This experiment is not running.' });
    return experimentJson({ ...before, status: 'stopped' });
  });
};
