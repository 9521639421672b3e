// POST /v1/calls/check ("may I call now?") and POST /v1/calls (log a call result), for
// dialers and CRMs; the same use cases as the console work queue. calls:write.
import type { FastifyInstance } from 'fastify';
import { checkCall } from '../../../app/calls/check-call.js';
import { logCall } from '../../../app/calls/log-call.js';
import { callOutcomes, type CallOutcome } from '../../../core/model/call-outcomes.js';
import { accountId, personId } from '../../../core/model/ids.js';
import { failure } from '../../../core/errors.js';
import { principalOf, tenantOf } from '../../plugins/auth.js';
import { RequestFailed, notFound, requestFailed } from '../../plugins/request-failed.js';
import type { ServerDeps } from '../../server-deps.js';

const target = {
  accountId: { type: 'string', minLength: 1, maxLength: 128 },
  personId: { type: 'string', minLength: 1, maxLength: 128 },
} as const;

const violation = {
  type: 'object', additionalProperties: false,
  required: ['rule', 'reason', 'level', 'message', 'citation'],
  properties: { rule: { type: 'string' }, reason: { type: 'string' }, level: { type: 'string' }, message: { type: 'string' }, citation: { type: 'string' } },
} as const;

const decisionProps = {
  allowed: { type: 'boolean' },
  violations: { type: 'array', items: violation },
  earliestAllowedAt: { type: ['string', 'null'] },
} as const;

export const callsRoutes = async (app: FastifyInstance, deps: ServerDeps): Promise<void> => {
  app.post<{ Body: { accountId: string; personId: string } }>(
    '/v1/calls/check',
    {
      config: { permission: 'calls:write' },
      schema: {
        tags: ['calls'],
        summary: 'May this person be called about this account now? The policy engine answers with its reasons.',
        body: { type: 'object', required: ['accountId', 'personId'], additionalProperties: false, properties: target },
        response: {
          200: { type: 'object', additionalProperties: false, required: ['allowed', 'violations', 'earliestAllowedAt', 'party', 'purpose', 'at'], properties: { ...decisionProps, party: { type: 'string' }, purpose: { type: 'string' }, at: { type: 'string' } } },
          '4xx': { $ref: 'ErrorBody#' },
        },
      },
    },
    async (request) => {
      const at = deps.clock.now();
      const r = await checkCall(deps.store, tenantOf(request), { accountId: accountId(request.body.accountId), personId: personId(request.body.personId), at });
      if (!r.ok) throw r.error === 'not_found' ? notFound('accountId') : requestFailed('TACT_ERR_CALL_BAD_TARGET', { path: 'personId' });
      const d = r.value.decision;
      return { allowed: d.allowed, violations: d.violations, earliestAllowedAt: d.earliestAllowedAt, party: r.value.party, purpose: r.value.purpose, at: new Date(at).toISOString() };
    },
  );

  app.post<{ Body: { accountId: string; personId: string; outcome: CallOutcome; overrideReason?: string } }>(
    '/v1/calls',
    {
      config: { permission: 'calls:write' },
      schema: {
        tags: ['calls'],
        summary: 'Log a call made now. A call the engine refuses needs overrideReason (audited).',
        body: {
          type: 'object',
          required: ['accountId', 'personId', 'outcome'],
          additionalProperties: false,
          properties: { ...target, outcome: { type: 'string', enum: [...callOutcomes] }, overrideReason: { type: 'string', minLength: 1, maxLength: 500 } },
        },
        response: {
          201: {
            type: 'object', additionalProperties: false,
            required: ['eventId', 'at', 'result', 'overridden', 'allowed', 'violations', 'earliestAllowedAt'],
            properties: { eventId: { type: 'string' }, at: { type: 'string' }, result: { type: 'string' }, overridden: { type: 'boolean' }, ...decisionProps },
          },
          '4xx': { $ref: 'ErrorBody#' },
        },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const p = principalOf(request);
      const actor = p.userId !== undefined ? `user:${p.userId}` : `key:${p.keyId ?? 'unknown'}`;
      const r = await logCall(deps.store, tenantOf(request), {
        accountId: accountId(b.accountId), personId: personId(b.personId), at: deps.clock.now(), outcome: b.outcome,
        ...(b.overrideReason === undefined ? {} : { overrideReason: b.overrideReason }),
      }, actor);
      if (!r.ok) {
        const e = r.error;
        if (e === 'not_found') throw notFound('accountId');
        if (e === 'bad_target') throw requestFailed('TACT_ERR_CALL_BAD_TARGET', { path: 'personId' });
        const reasons = e.blocked.violations.map((v) => v.reason).join(', ');
        throw new RequestFailed([failure('TACT_ERR_CALL_BLOCKED', { path: 'overrideReason', message: `The policy engine refuses this call now (${reasons}); it cannot be logged as made without an override reason.` })]);
      }
      const d = r.value.decision;
      return reply.code(201).send({
        eventId: r.value.event.id, at: new Date(r.value.event.at).toISOString(), result: r.value.event.result, overridden: r.value.overridden,
        allowed: d.allowed, violations: d.violations, earliestAllowedAt: d.earliestAllowedAt,
      });
    },
  );
};
