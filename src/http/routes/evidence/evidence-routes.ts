// GET /v1/evidence?accountId=… | ?phone=…  → the evidence pack as JSON (canonical order
// not guaranteed over HTTP: verify the hashes over canonical JSON, docs/evidence.md).
// GET /v1/evidence.pdf?…                    → the same pack as PDF.
// Both need evidence:read; the tenant comes from the principal only.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { makeEvidencePack } from '../../../app/evidence/make-evidence-pack.js';
import type { EvidencePack } from '../../../core/evidence/evidence-pack.js';
import { accountId } from '../../../core/model/ids.js';
import { tenantOf } from '../../plugins/auth.js';
import { notFound, requestFailed } from '../../plugins/request-failed.js';
import type { ServerDeps } from '../../server-deps.js';
import { actorOf, anyArray, anyObject, pdfOf, phoneOf, sha256Hex } from './evidence-http.js';

const querystring = {
  type: 'object',
  additionalProperties: false,
  properties: { accountId: { type: 'string', minLength: 1, maxLength: 100 }, phone: { type: 'string', minLength: 3, maxLength: 40 } },
} as const;

const packSchema = {
  type: 'object', additionalProperties: false,
  required: ['format', 'tenant', 'subject', 'period', 'generatedAt', 'rules', 'messages', 'audit', 'hashes'],
  properties: {
    format: { type: 'string' }, tenant: anyObject, subject: anyObject, period: anyObject, generatedAt: { type: 'string' },
    generatedBy: { type: 'string' }, rules: anyObject, accounts: anyArray, people: anyArray, messages: anyArray, inbound: anyArray,
    complaints: anyArray, suppressions: anyArray, audit: anyObject, hashes: anyObject,
  },
} as const;

type Query = { accountId?: string; phone?: string };

/** A bad query is the caller's fault (400), whatever this server can render: checked first. */
const checkQuery = (q: Query): void => {
  if ((q.accountId === undefined) === (q.phone === undefined)) throw requestFailed('TACT_ERR_HTTP_BAD_REQUEST', { path: 'accountId|phone', message: 'Give exactly one of accountId and phone.' });
};

const packFor = async (deps: ServerDeps, request: FastifyRequest<{ Querystring: Query }>): Promise<EvidencePack> => {
  const tenant = tenantOf(request);
  const q = request.query;
  checkQuery(q);
  const query = q.accountId !== undefined
    ? { kind: 'account' as const, accountId: accountId(q.accountId) }
    : { kind: 'phone' as const, phoneE164: await phoneOf(deps, tenant, q.phone!, 'phone') };
  const pack = await makeEvidencePack({ store: deps.store, now: () => deps.clock.now(), sha256Hex }, tenant, query, actorOf(request));
  if (pack === undefined) throw notFound(query.kind === 'account' ? 'accountId' : 'phone');
  return pack;
};

export const evidenceRoutes = async (app: FastifyInstance, deps: ServerDeps): Promise<void> => {
  app.get<{ Querystring: Query }>('/v1/evidence', {
    config: { permission: 'evidence:read' },
    schema: { tags: ['evidence'], summary: 'Evidence pack (JSON) for one account or number', querystring, response: { 200: packSchema } },
  }, async (request) => packFor(deps, request));

  app.get<{ Querystring: Query }>('/v1/evidence.pdf', {
    config: { permission: 'evidence:read' },
    schema: { tags: ['evidence'], summary: 'Evidence pack (PDF) for one account or number', querystring, response: { 200: { type: 'string', format: 'binary' } } },
  }, async (request, reply: FastifyReply) => {
    checkQuery(request.query);
    const pdf = pdfOf(deps);
    const pack = await packFor(deps, request);
    const bytes = await pdf.evidencePdf(pack);
    return reply.type('application/pdf').header('content-disposition', `attachment; filename="evidence-${pack.hashes.pack.slice(0, 12)}.pdf"`)
      .header('x-pack-sha256', pack.hashes.pack).send(Buffer.from(bytes));
  });
};
