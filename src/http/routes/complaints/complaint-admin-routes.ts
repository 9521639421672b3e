// /v1/complaints mediation (refer, status, outcome), screenshots, per-version counts and
// the tenant's complaint settings. Permissions: complaints:read / complaints:write.
import type { FastifyInstance } from 'fastify';
import { loadComplaintSettings, saveComplaintSettings } from '../../../app/complaints/complaint-settings.js';
import { recordMediationOutcome } from '../../../app/complaints/record-mediation-outcome.js';
import { referToMediation } from '../../../app/complaints/refer-to-mediation.js';
import { complaintSettingsToJson } from '../../../core/complaints/complaint-settings.js';
import type { MediationOutcome } from '../../../core/complaints/complaint-model.js';
import { tenantOf } from '../../plugins/auth.js';
import { RequestFailed, requestFailed } from '../../plugins/request-failed.js';
import type { ServerDeps } from '../../server-deps.js';
import { actorOf } from './complaint-routes.js';
import { complaintViewSchema, errorResponses, idParamsSchema, outcomeBodySchema, referBodySchema } from './complaint-schemas.js';
import { complaintView } from './complaint-view.js';

const settingsSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    acknowledgeDays: { type: 'integer' },
    resolveDays: { type: 'integer' },
    actions: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
    mediationBodies: { type: 'array', maxItems: 50, items: { type: 'object', additionalProperties: false, required: ['id', 'name'], properties: { id: { type: 'string' }, name: { type: 'string' } } } },
    pauseDuringMediation: { type: 'boolean' },
  },
} as const;

const mediationSchema = {
  type: 'object', additionalProperties: false, required: ['complaintId', 'status'],
  properties: {
    complaintId: { type: 'string' }, status: { type: 'string' }, bodyId: { type: 'string' }, bodyName: { type: 'string' },
    referredAt: { type: 'string' }, collectionPaused: { type: 'boolean' }, outcome: { type: 'string' }, concludedAt: { type: 'string' },
  },
} as const;

const countsSchema = {
  type: 'object', additionalProperties: false, required: ['counts'],
  properties: { counts: { type: 'array', items: { type: 'object', additionalProperties: false, required: ['kind', 'ref', 'complaints'], properties: { kind: { type: 'string' }, ref: { type: 'string' }, complaints: { type: 'integer' } } } } },
} as const;

export const complaintAdminRoutes = async (app: FastifyInstance, deps: ServerDeps): Promise<void> => {
  app.post<{ Params: { complaintId: string }; Body: { bodyId: string } }>(
    '/v1/complaints/:complaintId/mediation',
    { config: { permission: 'complaints:write' }, schema: { tags: ['complaints'], summary: 'Refer a complaint to mediation', params: idParamsSchema, body: referBodySchema, response: { 200: complaintViewSchema, ...errorResponses } } },
    async (request) => {
      const now = deps.clock.now();
      const r = await referToMediation(deps.store, tenantOf(request), request.params.complaintId, request.body.bodyId, now, actorOf(request));
      if (!r.ok) throw new RequestFailed(r.error);
      return complaintView(r.value, now);
    },
  );

  app.get<{ Params: { complaintId: string } }>(
    '/v1/complaints/:complaintId/mediation',
    { config: { permission: 'complaints:read' }, schema: { tags: ['complaints'], summary: 'Mediation status of a complaint', params: idParamsSchema, response: { 200: mediationSchema, ...errorResponses } } },
    async (request) => {
      const tenant = tenantOf(request);
      const c = await deps.store.getComplaint(tenant, request.params.complaintId);
      if (c === undefined) throw requestFailed('TACT_ERR_COMPLAINT_NOT_FOUND', { path: 'complaintId' });
      const m = c.mediation;
      if (m === undefined) return { complaintId: c.id, status: 'not_referred' };
      const t = await deps.store.getTenant(tenant);
      const body = t === undefined ? undefined : (await loadComplaintSettings(deps.store, t)).mediationBodies.find((b) => b.id === m.bodyId);
      return {
        complaintId: c.id,
        status: m.outcome === undefined ? 'in_mediation' : 'concluded',
        bodyId: m.bodyId,
        ...(body === undefined ? {} : { bodyName: body.name }),
        referredAt: new Date(m.referredAt).toISOString(),
        collectionPaused: m.collectionPaused,
        ...(m.outcome === undefined ? {} : { outcome: m.outcome }),
        ...(m.concludedAt === undefined ? {} : { concludedAt: new Date(m.concludedAt).toISOString() }),
      };
    },
  );

  app.post<{ Params: { complaintId: string }; Body: { outcome: MediationOutcome } }>(
    '/v1/complaints/:complaintId/mediation/outcome',
    { config: { permission: 'complaints:write' }, schema: { tags: ['complaints'], summary: 'Record the mediation outcome', params: idParamsSchema, body: outcomeBodySchema, response: { 200: complaintViewSchema, ...errorResponses } } },
    async (request) => {
      const now = deps.clock.now();
      const r = await recordMediationOutcome(deps.store, tenantOf(request), request.params.complaintId, request.body.outcome, now, actorOf(request));
      if (!r.ok) throw new RequestFailed(r.error);
      return complaintView(r.value, now);
    },
  );

  app.get<{ Params: { complaintId: string; screenshotId: string } }>(
    '/v1/complaints/:complaintId/screenshots/:screenshotId',
    {
      config: { permission: 'complaints:read' },
      schema: {
        tags: ['complaints'],
        summary: 'A screenshot attached to a complaint (the image bytes)',
        params: { type: 'object', required: ['complaintId', 'screenshotId'], additionalProperties: false, properties: { complaintId: { type: 'string' }, screenshotId: { type: 'string' } } },
        response: { 200: { type: 'string', format: 'binary' }, ...errorResponses },
      },
    },
    async (request, reply) => {
      const s = await deps.store.getScreenshot(tenantOf(request), request.params.complaintId, request.params.screenshotId);
      if (s === undefined) throw requestFailed('TACT_ERR_COMPLAINT_NOT_FOUND', { path: 'screenshotId' });
      return reply.type(s.mediaType).header('cache-control', 'private, no-store').send(Buffer.from(s.bytes));
    },
  );

  app.get<{ Querystring: { from?: string; to?: string } }>(
    '/v1/complaints/counts',
    {
      config: { permission: 'complaints:read' },
      schema: {
        tags: ['complaints'],
        summary: 'Complaint counts per strategy/template version',
        querystring: { type: 'object', additionalProperties: false, properties: { from: { type: 'string', format: 'date-time' }, to: { type: 'string', format: 'date-time' } } },
        response: { 200: countsSchema, ...errorResponses },
      },
    },
    async (request) => {
      const q = request.query;
      const counts = await deps.store.complaintCounts(tenantOf(request), {
        ...(q.from === undefined ? {} : { from: Date.parse(q.from) }),
        ...(q.to === undefined ? {} : { to: Date.parse(q.to) }),
      });
      return { counts };
    },
  );

  app.get(
    '/v1/complaints/settings',
    { config: { permission: 'complaints:read' }, schema: { tags: ['complaints'], summary: "The tenant's complaint settings", response: { 200: settingsSchema, ...errorResponses } } },
    async (request) => {
      const t = await deps.store.getTenant(tenantOf(request));
      if (t === undefined) throw requestFailed('TACT_ERR_HTTP_NOT_FOUND', { path: 'tenant' });
      return complaintSettingsToJson(await loadComplaintSettings(deps.store, t));
    },
  );

  app.put<{ Body: Record<string, unknown> }>(
    '/v1/complaints/settings',
    { config: { permission: 'complaints:write' }, schema: { tags: ['complaints'], summary: "Save the tenant's complaint settings", body: settingsSchema, response: { 200: settingsSchema, ...errorResponses } } },
    async (request) => {
      const r = await saveComplaintSettings(deps.store, tenantOf(request), request.body, actorOf(request));
      if (!r.ok) throw new RequestFailed(r.error);
      return complaintSettingsToJson(r.value);
    },
  );
};
