// GET /v1/people/:personId (the number masked unless the role answers data-subject
// requests; names masked unless the role works with contacts) and the contact
// confirmation routes: POST /v1/accounts/:accountId/contacts/:personId/confirm and
// /refuse. A refusal marks the link `refused` AND suppresses the number for that account
// (reason `refused`), in one transaction, exactly as a "refuse" SMS reply does
// (app/inbound/apply-reply-effect.ts); a refusal is never lifted through the API.
import type { FastifyInstance } from 'fastify';
import { accountId, personId } from '../../../core/model/ids.js';
import { tenantOf } from '../../plugins/auth.js';
import { notFound, requestFailed } from '../../plugins/request-failed.js';
import type { ServerDeps } from '../../server-deps.js';
import { errorResponses, iso, noQuery, paramsOf } from '../api-schemas.js';
import { actorOf, personalViewOf } from '../principal-view.js';

const personSchema = {
  type: 'object',
  required: ['id', 'phone', 'suppressed', 'createdAt', 'links'],
  additionalProperties: false,
  properties: {
    id: { type: 'string' },
    phone: { type: 'string', description: 'E.164; masked (+86*******5678) unless the role is admin or compliance.' },
    suppressed: { type: 'boolean' },
    suppressedAt: { type: 'string', format: 'date-time' },
    createdAt: { type: 'string', format: 'date-time' },
    links: {
      type: 'array',
      items: {
        type: 'object',
        required: ['accountId', 'role', 'name', 'confirmation'],
        additionalProperties: false,
        properties: { accountId: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' }, relationship: { type: 'string' }, confirmation: { type: 'string' } },
      },
    },
  },
} as const;

const confirmationSchema = {
  type: 'object',
  required: ['accountId', 'personId', 'confirmation', 'changed'],
  additionalProperties: false,
  properties: {
    accountId: { type: 'string' },
    personId: { type: 'string' },
    confirmation: { type: 'string', enum: ['confirmed', 'refused'] },
    changed: { type: 'boolean', description: 'False when the link already had this state.' },
    suppressed: { type: 'boolean', description: 'Refusal: the number is on the suppression list for this account.' },
  },
} as const;

export const peopleRoutes = async (app: FastifyInstance, deps: ServerDeps): Promise<void> => {
  const { store } = deps;

  app.get<{ Params: { personId: string } }>('/v1/people/:personId', {
    config: { permission: 'accounts:read' },
    schema: { tags: ['people'], summary: 'One person (one number) and the accounts they are linked to', params: paramsOf('personId'), querystring: noQuery, response: { 200: personSchema, ...errorResponses } },
  }, async (request) => {
    const tenant = tenantOf(request);
    const person = await store.getPerson(tenant, personId(request.params.personId));
    if (person === undefined) throw notFound('personId');
    const view = personalViewOf(request);
    const links = await store.personLinks(tenant, person.id);
    const named = await Promise.all(
      links.map(async (l) => {
        const p = (await store.listAccountPeople(tenant, l.accountId)).find((x) => x.personId === person.id);
        return {
          accountId: l.accountId,
          role: l.role,
          name: view.name(p?.name ?? ''),
          ...(p?.relationship === undefined ? {} : { relationship: p.relationship }),
          confirmation: l.confirmation,
        };
      }),
    );
    return {
      id: person.id,
      phone: view.phone(person.phoneE164),
      suppressed: person.suppressedAt !== undefined,
      ...(person.suppressedAt === undefined ? {} : { suppressedAt: iso(person.suppressedAt) }),
      createdAt: iso(person.createdAt),
      links: named,
    };
  });

  for (const verb of ['confirm', 'refuse'] as const) {
    app.post<{ Params: { accountId: string; personId: string } }>(`/v1/accounts/:accountId/contacts/:personId/${verb}`, {
      config: { permission: 'contacts:write' },
      schema: {
        tags: ['people'],
        summary: verb === 'confirm' ? 'The contact agreed to be listed' : 'The contact refused: link refused and the number suppressed for this account',
        params: paramsOf('accountId', 'personId'),
        querystring: noQuery,
        response: { 200: confirmationSchema, ...errorResponses },
      },
    }, async (request) => {
      const tenant = tenantOf(request);
      const account = accountId(request.params.accountId);
      const person = personId(request.params.personId);
      const actor = actorOf(request);
      const state = verb === 'confirm' ? 'confirmed' : 'refused';
      return store.transaction(async (tx) => {
        const link = (await tx.personLinks(tenant, person)).find((l) => l.accountId === account);
        if (link === undefined) throw notFound('personId');
        if (link.role === 'borrower') throw requestFailed('TACT_ERR_HTTP_CONFLICT', { path: 'personId', message: 'The borrower is not a contact; only contacts confirm or refuse.' });
        if (state === 'confirmed' && link.confirmation === 'refused') {
          throw requestFailed('TACT_ERR_HTTP_CONFLICT', { path: 'personId', message: 'This contact refused; a refusal is never reversed by an operator.' });
        }
        const changed = await tx.setContactConfirmation(tenant, account, person, state, deps.clock.now(), actor);
        if (state === 'confirmed') return { accountId: account, personId: person, confirmation: state, changed };
        const who = await tx.getPerson(tenant, person);
        if (who === undefined) throw notFound('personId');
        await tx.addSuppression(tenant, { phoneE164: who.phoneE164, reason: 'refused', accountId: account }, actor);
        return { accountId: account, personId: person, confirmation: state, changed, suppressed: true };
      });
    });
  }
};
