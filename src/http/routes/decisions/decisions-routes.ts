// POST /v1/decisions: the `tact decide` contract over HTTP (docs/decide.md). The body
// is one decision request; the answer is the decision. Invalid input answers 400 with
// the same TACT_ERR_DECIDE_* / TACT_ERR_POLICY_* codes and JSON paths ($.contact.channel)
// as the CLI. Pure computation: nothing is stored, so read-only roles may ask too.
import type { FastifyInstance } from 'fastify';
import { parseDecisionRequest } from '../../../core/model/parse-decision-request.js';
import { decideRequest } from '../../../core/policy/decide-request.js';
import { RequestFailed } from '../../plugins/request-failed.js';
import type { ServerDeps } from '../../server-deps.js';
import { errorResponses, noParams, noQuery } from '../api-schemas.js';

export const decisionResponseSchema = {
  type: 'object',
  required: ['allowed', 'violations', 'earliestAllowedAt'],
  additionalProperties: false,
  properties: {
    allowed: { type: 'boolean' },
    violations: {
      type: 'array',
      items: {
        type: 'object',
        required: ['rule', 'reason', 'level', 'message', 'citation'],
        additionalProperties: false,
        properties: { rule: { type: 'string' }, reason: { type: 'string' }, level: { type: 'string', enum: ['statutory', 'recommended'] }, message: { type: 'string' }, citation: { type: 'string' } },
      },
    },
    earliestAllowedAt: { type: ['string', 'null'], format: 'date-time' },
  },
} as const;

export const decisionsRoutes = async (app: FastifyInstance, _deps: ServerDeps): Promise<void> => {
  app.post<{ Body: unknown }>('/v1/decisions', {
    config: { permission: 'decisions:create' },
    schema: {
      tags: ['decisions'],
      summary: 'Would this contact be allowed now, why not, and from when (the tact decide contract)',
      params: noParams,
      querystring: noQuery,
      body: { type: 'object', additionalProperties: true, description: 'A decision request (docs/decide.md, docs/decision-request.schema.json).' },
      response: { 200: decisionResponseSchema, ...errorResponses },
    },
  }, async (request) => {
    const parsed = parseDecisionRequest(request.body);
    if (!parsed.ok) throw new RequestFailed(parsed.error);
    const decided = decideRequest(parsed.value);
    if (!decided.ok) throw new RequestFailed(decided.error);
    return decided.value;
  });
};
