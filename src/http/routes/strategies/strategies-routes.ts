// /v1/strategies: list, get one (every stored version), save a new version (parse +
// lint as `tact strategy save`; a finding refuses the save with its code and JSON path)
// and POST /v1/strategies/lint (the same checks, nothing saved, findings as a value).
import type { FastifyInstance } from 'fastify';
import type { TactFailure } from '../../../core/errors.js';
import { defaultStrategies } from '../../../core/strategy/default-strategies.js';
import { strategyToJson } from '../../../core/strategy/parse-strategy.js';
import { validateStrategy } from '../../../core/strategy/validate-strategy.js';
import { tenantOf } from '../../plugins/auth.js';
import { RequestFailed, notFound, requestFailed } from '../../plugins/request-failed.js';
import type { ServerDeps } from '../../server-deps.js';
import { errorResponses, iso, noParams, noQuery, paramsOf } from '../api-schemas.js';
import { actorOf } from '../principal-view.js';

const tags = ['strategies'];

const storedSchema = {
  type: 'object',
  required: ['strategyId', 'version', 'status', 'createdAt'],
  additionalProperties: false,
  properties: {
    strategyId: { type: 'string' },
    version: { type: 'integer' },
    status: { type: 'string', enum: ['draft', 'active', 'retired'] },
    createdAt: { type: 'string', format: 'date-time' },
    body: { type: 'object', additionalProperties: true, description: 'The strategy (docs/strategies.md).' },
  },
} as const;

const findingSchema = {
  type: 'object',
  required: ['code', 'message', 'hint'],
  additionalProperties: false,
  properties: { code: { type: 'string' }, message: { type: 'string' }, hint: { type: 'string' }, path: { type: 'string' } },
} as const;

const strategyBody = { type: 'object', additionalProperties: true, description: 'A strategy as JSON (docs/strategies.md); checked by the strategy parser and lint.' } as const;

const bodyPaths = (fs: readonly TactFailure[]): TactFailure[] => fs.map((f) => ({ ...f, path: `body${(f.path ?? '$').replace(/^\$/, '')}` }));

export const strategiesRoutes = async (app: FastifyInstance, deps: ServerDeps): Promise<void> => {
  const { store } = deps;

  app.get('/v1/strategies', {
    config: { permission: 'strategies:read' },
    schema: {
      tags,
      summary: 'Stored strategy versions, and the shipped default the planner uses when none is active',
      params: noParams,
      querystring: noQuery,
      response: { 200: { type: 'object', required: ['items'], additionalProperties: false, properties: { items: { type: 'array', items: storedSchema }, defaultInUse: { type: 'string' } } }, ...errorResponses },
    },
  }, async (request) => {
    const tenant = tenantOf(request);
    const t = await store.getTenant(tenant);
    const rows = await store.listStrategies(tenant);
    const d = t === undefined ? undefined : defaultStrategies[t.pack];
    return {
      items: rows.map((s) => ({ strategyId: s.strategyId, version: s.version, status: s.status, createdAt: iso(s.createdAt) })),
      ...(rows.some((s) => s.status === 'active') || d === undefined ? {} : { defaultInUse: `${d.id}@${d.version}` }),
    };
  });

  app.get<{ Params: { strategyId: string } }>('/v1/strategies/:strategyId', {
    config: { permission: 'strategies:read' },
    schema: { tags, summary: 'Every stored version of one strategy, with its body', params: paramsOf('strategyId'), querystring: noQuery, response: { 200: { type: 'object', required: ['items'], additionalProperties: false, properties: { items: { type: 'array', items: storedSchema } } }, ...errorResponses } },
  }, async (request) => {
    const rows = (await store.listStrategies(tenantOf(request))).filter((s) => s.strategyId === request.params.strategyId);
    if (rows.length === 0) throw notFound('strategyId');
    return { items: rows.map((s) => ({ strategyId: s.strategyId, version: s.version, status: s.status, createdAt: iso(s.createdAt), body: s.body as Record<string, unknown> })) };
  });

  app.post<{ Querystring: { activate: boolean }; Body: Record<string, unknown> }>('/v1/strategies', {
    config: { permission: 'strategies:write' },
    schema: {
      tags,
      summary: 'Validate and store a new strategy version (draft, or active with ?activate=true)',
      params: noParams,
      querystring: { type: 'object', additionalProperties: false, properties: { activate: { type: 'boolean', default: false } } },
      body: strategyBody,
      response: { 201: { ...storedSchema, required: [...storedSchema.required, 'findings'], properties: { ...storedSchema.properties, findings: { type: 'array', items: findingSchema } } }, ...errorResponses, 409: { $ref: 'ErrorBody#' } },
    },
  }, async (request, reply) => {
    const v = validateStrategy(request.body);
    if (!v.ok) throw new RequestFailed(bodyPaths(v.error));
    // The planner decides every touch under the tenant's pack: a ladder written for another pack is a mistake.
    const tenant = await store.getTenant(tenantOf(request));
    if (tenant !== undefined && tenant.pack !== v.value.pack) {
      throw requestFailed('TACT_ERR_STRATEGY_INVALID', { path: 'body.pack', message: `This tenant runs under the ${tenant.pack} pack; the strategy says ${v.value.pack}.` });
    }
    const status = request.query.activate ? 'active' : 'draft';
    const saved = await store.saveStrategy(tenantOf(request), { strategyId: v.value.id, version: v.value.version, body: strategyToJson(v.value), status }, actorOf(request));
    if (saved === 'exists') throw requestFailed('TACT_ERR_HTTP_CONFLICT', { path: 'body.version', message: `Version ${v.value.version} of "${v.value.id}" is already stored; versions are never overwritten.` });
    return reply.status(201).send({ strategyId: v.value.id, version: v.value.version, status, createdAt: iso(deps.clock.now()), body: strategyToJson(v.value), findings: [] });
  });

  app.post<{ Body: Record<string, unknown> }>('/v1/strategies/lint', {
    config: { permission: 'strategies:read' },
    schema: {
      tags,
      summary: 'Parse and lint a strategy without saving it',
      params: noParams,
      querystring: noQuery,
      body: strategyBody,
      response: { 200: { type: 'object', required: ['valid', 'findings'], additionalProperties: false, properties: { valid: { type: 'boolean' }, findings: { type: 'array', items: findingSchema } } }, ...errorResponses },
    },
  }, async (request) => {
    const v = validateStrategy(request.body);
    return { valid: v.ok, findings: v.ok ? [] : bodyPaths(v.error) };
  });
};
