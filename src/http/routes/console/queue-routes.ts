// The agents' work queue (calls:write): GET /console/queue, GET /console/queue/check
// (the engine's answer for a call now) and POST /console/queue/calls (log a result; a
// refused call needs an override reason, audited).
import type { FastifyInstance } from 'fastify';
import { callQueue } from '../../../app/calls/call-queue.js';
import { checkCall } from '../../../app/calls/check-call.js';
import { logCall } from '../../../app/calls/log-call.js';
import { callOutcomes, type CallOutcome } from '../../../core/model/call-outcomes.js';
import { accountId, personId, type TenantId } from '../../../core/model/ids.js';
import { principalOf, tenantOf } from '../../plugins/auth.js';
import { notFound, requestFailed } from '../../plugins/request-failed.js';
import type { ServerDeps } from '../../server-deps.js';
import { callPage, queuePage } from '../../views/console/queue-pages.js';
import { csrfProperty, htmlResponse, htmlResponses, pageUser, sendHtml } from './console-html.js';

const target = { accountId: { type: 'string', minLength: 1, maxLength: 128 }, personId: { type: 'string', minLength: 1, maxLength: 128 } } as const;

export const queueRoutes = async (app: FastifyInstance, deps: ServerDeps): Promise<void> => {
  const login = (tenant: TenantId) => async (id: string) => (await deps.store.getUser(tenant, id))?.login;

  app.get('/console/queue', { config: { permission: 'calls:write' }, schema: { hide: true, response: htmlResponse } }, async (request, reply) => {
    const tenant = tenantOf(request);
    const items = await callQueue(deps.store, tenant, deps.clock.now());
    return sendHtml(reply, queuePage(await pageUser(request, login(tenant)), items));
  });

  app.get<{ Querystring: { accountId: string; personId: string } }>(
    '/console/queue/check',
    {
      config: { permission: 'calls:write' },
      schema: { hide: true, querystring: { type: 'object', required: ['accountId', 'personId'], properties: target }, response: htmlResponse },
    },
    async (request, reply) => {
      const tenant = tenantOf(request);
      const { accountId: a, personId: p } = request.query;
      const check = await checkCall(deps.store, tenant, { accountId: accountId(a), personId: personId(p), at: deps.clock.now() });
      if (!check.ok) throw check.error === 'not_found' ? notFound('accountId') : requestFailed('TACT_ERR_CALL_BAD_TARGET', { path: 'personId' });
      return sendHtml(reply, callPage(await pageUser(request, login(tenant)), { accountId: a, personId: p, check: check.value }));
    },
  );

  app.post<{ Body: { accountId: string; personId: string; outcome: CallOutcome; overrideReason?: string } }>(
    '/console/queue/calls',
    {
      config: { permission: 'calls:write' },
      schema: {
        hide: true,
        body: {
          type: 'object',
          required: ['accountId', 'personId', 'outcome'],
          properties: { ...target, outcome: { type: 'string', enum: [...callOutcomes] }, overrideReason: { type: 'string', maxLength: 500 }, ...csrfProperty },
        },
        response: htmlResponses,
      },
    },
    async (request, reply) => {
      const tenant = tenantOf(request);
      const b = request.body;
      const actor = `user:${principalOf(request).userId ?? 'unknown'}`;
      const call = { accountId: accountId(b.accountId), personId: personId(b.personId), at: deps.clock.now(), outcome: b.outcome, ...(b.overrideReason === undefined ? {} : { overrideReason: b.overrideReason }) };
      const logged = await logCall(deps.store, tenant, call, actor);
      if (logged.ok) return reply.redirect(`/console/accounts/${encodeURIComponent(b.accountId)}`, 303);
      const e = logged.error;
      if (e === 'not_found') throw notFound('accountId');
      if (e === 'bad_target') throw requestFailed('TACT_ERR_CALL_BAD_TARGET', { path: 'personId' });
      const check = await checkCall(deps.store, tenant, call);
      if (!check.ok) throw notFound('accountId');
      const user = await pageUser(request, login(tenant));
      return sendHtml(reply, callPage(user, { accountId: b.accountId, personId: b.personId, check: check.value, message: 'Not logged: the engine refuses this call. Give an override reason to log it anyway.' }), 409);
    },
  );
};
