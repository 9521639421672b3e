// /v1/complaints: file (complaints:create), list with ?overdue=true and get
// (complaints:read), acknowledge and resolve (complaints:write). The tenant comes from
// the principal only; another tenant's complaint is a 404 like a missing one.
import type { FastifyInstance } from 'fastify';
import { acknowledgeComplaint } from '../../../app/complaints/acknowledge-complaint.js';
import { fileComplaint } from '../../../app/complaints/file-complaint.js';
import { listComplaints, openStatuses } from '../../../app/complaints/list-complaints.js';
import { resolveComplaint, type ResolveInput } from '../../../app/complaints/resolve-complaint.js';
import type { ComplaintCategory, ComplaintSource, ComplaintStatus } from '../../../core/complaints/complaint-model.js';
import { accountId, messageId, personId } from '../../../core/model/ids.js';
import { principalOf, tenantOf } from '../../plugins/auth.js';
import { RequestFailed, requestFailed } from '../../plugins/request-failed.js';
import type { ServerDeps } from '../../server-deps.js';
import {
  complaintBodySchema,
  complaintListSchema,
  complaintViewSchema,
  errorResponses,
  filedSchema,
  idParamsSchema,
  listQuerySchema,
  resolveBodySchema,
} from './complaint-schemas.js';
import { complaintView } from './complaint-view.js';

interface ComplaintBody {
  category: ComplaintCategory;
  source: Exclude<ComplaintSource, 'portal'>;
  accountId?: string;
  personId?: string;
  phoneE164?: string;
  messageIds?: string[];
  peopleIds?: string[];
  text?: string;
  screenshots?: string[];
}

export const actorOf = (request: Parameters<typeof principalOf>[0]): string => {
  const p = principalOf(request);
  return p.via === 'api_key' ? `key:${p.keyId ?? '?'}` : `user:${p.userId ?? '?'}`;
};

const decodeBase64 = (s: string, i: number): Uint8Array => {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(s)) throw requestFailed('TACT_ERR_COMPLAINT_BAD_INPUT', { path: `screenshots[${i}]`, message: 'A screenshot must be base64.' });
  return new Uint8Array(Buffer.from(s, 'base64'));
};

export const complaintRoutes = async (app: FastifyInstance, deps: ServerDeps): Promise<void> => {
  app.post<{ Body: ComplaintBody }>(
    '/v1/complaints',
    { config: { permission: 'complaints:create' }, schema: { tags: ['complaints'], summary: 'File a complaint', body: complaintBodySchema, response: { 201: filedSchema, ...errorResponses } } },
    async (request, reply) => {
      const b = request.body;
      const now = deps.clock.now();
      const r = await fileComplaint(deps.store, tenantOf(request), {
        category: b.category,
        source: b.source,
        ...(b.accountId === undefined ? {} : { accountId: accountId(b.accountId) }),
        ...(b.personId === undefined ? {} : { personId: personId(b.personId) }),
        ...(b.phoneE164 === undefined ? {} : { phoneE164: b.phoneE164 }),
        messageIds: (b.messageIds ?? []).map(messageId),
        peopleIds: (b.peopleIds ?? []).map(personId),
        ...(b.text === undefined ? {} : { text: b.text }),
        screenshots: (b.screenshots ?? []).map(decodeBase64),
      }, now, actorOf(request));
      if (!r.ok) throw new RequestFailed(r.error);
      return reply.status(201).send({ complaint: complaintView(r.value.complaint, now), protection: r.value.protection });
    },
  );

  app.get<{ Querystring: { overdue?: boolean; status?: ComplaintStatus | 'open'; limit: number } }>(
    '/v1/complaints',
    { config: { permission: 'complaints:read' }, schema: { tags: ['complaints'], summary: 'List complaints', querystring: listQuerySchema, response: { 200: complaintListSchema, ...errorResponses } } },
    async (request) => {
      const q = request.query;
      const now = deps.clock.now();
      const statuses = q.status === undefined ? undefined : q.status === 'open' ? openStatuses : [q.status];
      const items = await listComplaints(deps.store, tenantOf(request), { overdue: q.overdue === true, limit: q.limit, ...(statuses === undefined ? {} : { statuses }) }, now);
      return { items: items.map((x) => complaintView(x.complaint, now)) };
    },
  );

  app.get<{ Params: { complaintId: string } }>(
    '/v1/complaints/:complaintId',
    { config: { permission: 'complaints:read' }, schema: { tags: ['complaints'], summary: 'Get a complaint', params: idParamsSchema, response: { 200: complaintViewSchema, ...errorResponses } } },
    async (request) => {
      const c = await deps.store.getComplaint(tenantOf(request), request.params.complaintId);
      if (c === undefined) throw requestFailed('TACT_ERR_COMPLAINT_NOT_FOUND', { path: 'complaintId' });
      return complaintView(c, deps.clock.now());
    },
  );

  app.post<{ Params: { complaintId: string } }>(
    '/v1/complaints/:complaintId/acknowledge',
    { config: { permission: 'complaints:write' }, schema: { tags: ['complaints'], summary: 'Acknowledge a complaint', params: idParamsSchema, response: { 200: complaintViewSchema, ...errorResponses } } },
    async (request) => {
      const now = deps.clock.now();
      const r = await acknowledgeComplaint(deps.store, tenantOf(request), request.params.complaintId, now, actorOf(request));
      if (!r.ok) throw new RequestFailed(r.error);
      return complaintView(r.value, now);
    },
  );

  app.post<{ Params: { complaintId: string }; Body: ResolveInput }>(
    '/v1/complaints/:complaintId/resolve',
    { config: { permission: 'complaints:write' }, schema: { tags: ['complaints'], summary: 'Resolve a complaint', params: idParamsSchema, body: resolveBodySchema, response: { 200: complaintViewSchema, ...errorResponses } } },
    async (request) => {
      const now = deps.clock.now();
      const r = await resolveComplaint(deps.store, tenantOf(request), request.params.complaintId, request.body, now, actorOf(request));
      if (!r.ok) throw new RequestFailed(r.error);
      return complaintView(r.value, now);
    },
  );
};
