// People's rights over the API, for a compliance user (rights:write):
//   POST /v1/rights/access       { phone, format? "json"|"pdf" } → the access export
//   POST /v1/rights/corrections  { phone, accountId?, name?, newPhone? } → { reference, fields }
//   POST /v1/rights/erasures     { phone } → the erasure receipt
//   GET  /v1/people/:personId/consent-history (evidence:read)
// The same use cases as `tact rights` and the portal (src/app/rights).
import type { FastifyInstance } from 'fastify';
import { consentHistory } from '../../../app/rights/consent-history.js';
import { requestAccess, requestCorrection, requestErasure } from '../../../app/rights/rights-requests.js';
import { personId } from '../../../core/model/ids.js';
import { tenantOf } from '../../plugins/auth.js';
import { notFound, requestFailed } from '../../plugins/request-failed.js';
import type { ServerDeps } from '../../server-deps.js';
import { actorOf, anyArray, anyObject, pdfOf, phoneOf } from '../evidence/evidence-http.js';

const phone = { type: 'string', minLength: 3, maxLength: 40 } as const;

export const rightsRoutes = async (app: FastifyInstance, deps: ServerDeps): Promise<void> => {
  const rd = { store: deps.store, now: () => deps.clock.now() };

  app.post<{ Body: { phone: string; format?: 'json' | 'pdf' } }>('/v1/rights/access', {
    config: { permission: 'rights:write' },
    schema: {
      tags: ['rights'], summary: 'Access export of everything held about a number',
      body: { type: 'object', required: ['phone'], additionalProperties: false, properties: { phone, format: { type: 'string', enum: ['json', 'pdf'], default: 'json' } } },
      response: { 200: { type: 'object', additionalProperties: false, required: ['format', 'reference', 'data'], properties: {
        format: { type: 'string' }, reference: { type: 'string' }, tenantName: { type: 'string' }, generatedAt: { type: 'string' },
        data: anyObject, decisions: anyArray, complaints: anyArray, consentHistory: anyArray, earlierRequests: anyArray,
      } } },
    },
  }, async (request, reply) => {
    const tenant = tenantOf(request);
    const e164 = await phoneOf(deps, tenant, request.body.phone, 'phone');
    const pdf = request.body.format === 'pdf' ? pdfOf(deps) : undefined;
    const r = await requestAccess(rd, tenant, e164, actorOf(request));
    if (!r.ok) throw notFound('phone');
    if (pdf === undefined) return r.value;
    return reply.type('application/pdf').header('content-disposition', `attachment; filename="access-${r.value.reference}.pdf"`)
      .send(Buffer.from(await pdf.accessPdf(r.value)));
  });

  app.post<{ Body: { phone: string; accountId?: string; name?: string; newPhone?: string } }>('/v1/rights/corrections', {
    config: { permission: 'rights:write' },
    schema: {
      tags: ['rights'], summary: 'Correct a wrong name or number',
      body: { type: 'object', required: ['phone'], additionalProperties: false, properties: {
        phone, accountId: { type: 'string', minLength: 1, maxLength: 100 }, name: { type: 'string', minLength: 1, maxLength: 200 }, newPhone: phone,
      } },
      response: { 200: { type: 'object', additionalProperties: false, required: ['reference', 'fields'], properties: { reference: { type: 'string' }, fields: { type: 'array', items: { type: 'string' } } } } },
    },
  }, async (request) => {
    const tenant = tenantOf(request);
    const b = request.body;
    if (b.name === undefined && b.newPhone === undefined) throw requestFailed('TACT_ERR_EVIDENCE_NOTHING_TO_CORRECT', { path: 'name' });
    const e164 = await phoneOf(deps, tenant, b.phone, 'phone');
    const newPhone = b.newPhone === undefined ? undefined : await phoneOf(deps, tenant, b.newPhone, 'newPhone');
    const r = await requestCorrection(rd, tenant, {
      phoneE164: e164, ...(b.accountId === undefined ? {} : { accountId: b.accountId }), ...(b.name === undefined ? {} : { name: b.name }),
      ...(newPhone === undefined ? {} : { newPhoneE164: newPhone }),
    }, actorOf(request));
    if (!r.ok && r.error === 'phone_taken') throw requestFailed('TACT_ERR_EVIDENCE_PHONE_TAKEN', { path: 'newPhone' });
    if (!r.ok) throw notFound(b.accountId === undefined ? 'phone' : 'accountId');
    return r.value;
  });

  app.post<{ Body: { phone: string } }>('/v1/rights/erasures', {
    config: { permission: 'rights:write' },
    schema: {
      tags: ['rights'], summary: 'Erase a person (receipt with reference and retained records)',
      body: { type: 'object', required: ['phone'], additionalProperties: false, properties: { phone } },
      response: { 200: { type: 'object', additionalProperties: false, required: ['reference', 'erasedAt', 'retained', 'suppressed'], properties: {
        reference: { type: 'string' }, erasedAt: { type: 'string' }, removed: anyObject, retained: anyArray, suppressed: { type: 'boolean' },
      } } },
    },
  }, async (request) => {
    const tenant = tenantOf(request);
    const r = await requestErasure(rd, tenant, await phoneOf(deps, tenant, request.body.phone, 'phone'), actorOf(request));
    if (!r.ok) throw notFound('phone');
    return r.value;
  });

  app.get<{ Params: { personId: string } }>('/v1/people/:personId/consent-history', {
    config: { permission: 'evidence:read' },
    schema: {
      tags: ['rights'], summary: "A contact's consent history",
      params: { type: 'object', required: ['personId'], additionalProperties: false, properties: { personId: { type: 'string', minLength: 1, maxLength: 100 } } },
      response: { 200: { type: 'object', additionalProperties: false, required: ['personId', 'entries'], properties: { personId: { type: 'string' }, entries: { type: 'array', items: {
        type: 'object', additionalProperties: false, required: ['at', 'event', 'accountId', 'by', 'detail'],
        properties: { at: { type: 'string' }, event: { type: 'string' }, accountId: { type: ['string', 'null'] }, by: { type: 'string' }, detail: { type: ['string', 'null'] } },
      } } } } },
    },
  }, async (request) => {
    const entries = await consentHistory(deps.store, tenantOf(request), personId(request.params.personId));
    if (entries === undefined) throw notFound('personId');
    return { personId: request.params.personId, entries };
  });
};
