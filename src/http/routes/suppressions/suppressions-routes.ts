// /v1/suppressions: the tenant's suppression list by salted hash (a number never leaves
// in clear), add a number (tenant-wide or for one account), and lift one. Lifting is
// allowed only for entries added by hand (reason `manual`): an opt-out, a contact's
// refusal, an erasure, a wrong number or a complaint is never lifted through the API
// (409 TACT_ERR_HTTP_SUPPRESSION_PROTECTED) — the law (TCPA revocation, PIPL, Reg F
// 1006.14(h)) puts that choice with the person, not the lender.
import type { FastifyInstance } from 'fastify';
import type { SuppressionReason } from '../../../app/ports/store-records.js';
import { accountId, type AccountId, type TenantId } from '../../../core/model/ids.js';
import { isPhoneRegion, parsePhone } from '../../../core/model/parse-phone.js';
import type { Store } from '../../../app/ports/store.js';
import { tenantOf } from '../../plugins/auth.js';
import { notFound, requestFailed } from '../../plugins/request-failed.js';
import type { ServerDeps } from '../../server-deps.js';
import { errorResponses, iso, noParams, noQuery, pageOf, pageQuery } from '../api-schemas.js';
import { actorOf } from '../principal-view.js';

const tags = ['suppressions'];
/** What an operator may add by hand; `refused` and `erased` come only from their own flows. */
const addableReasons = ['manual', 'opt_out', 'wrong_number', 'complaint'] as const satisfies readonly SuppressionReason[];

const entrySchema = {
  type: 'object',
  required: ['hash', 'reason', 'createdAt'],
  additionalProperties: false,
  properties: { hash: { type: 'string' }, accountId: { type: 'string' }, reason: { type: 'string' }, createdAt: { type: 'string', format: 'date-time' } },
} as const;

const numberBody = (extra: Readonly<Record<string, unknown>> = {}) =>
  ({
    type: 'object',
    required: ['phone'],
    additionalProperties: false,
    properties: { phone: { type: 'string', minLength: 3, maxLength: 32, description: 'E.164, or national in the tenant’s region.' }, accountId: { type: 'string', minLength: 1, maxLength: 128 }, ...extra },
  }) as const;

/** The number in E.164 and the account (checked to be the tenant's), or a 400/404. */
const target = async (store: Store, tenant: TenantId, phone: string, account: string | undefined): Promise<{ e164: string; account?: AccountId }> => {
  const t = await store.getTenant(tenant);
  if (t === undefined || !isPhoneRegion(t.defaultRegion)) throw requestFailed('TACT_ERR_STORE_UNKNOWN_TENANT');
  const parsed = parsePhone(phone, t.defaultRegion);
  if (!parsed.ok) throw requestFailed('TACT_ERR_HTTP_BAD_REQUEST', { path: 'body.phone', message: 'Not a valid phone number.' });
  if (account === undefined) return { e164: parsed.value.e164 };
  const a = await store.getAccount(tenant, accountId(account));
  if (a === undefined) throw notFound('body.accountId');
  return { e164: parsed.value.e164, account: a.id };
};

export const suppressionsRoutes = async (app: FastifyInstance, deps: ServerDeps): Promise<void> => {
  const { store } = deps;

  app.get<{ Querystring: { after?: string; limit: number } }>('/v1/suppressions', {
    config: { permission: 'suppressions:read' },
    schema: { tags, summary: 'Suppression list: hashes and metadata only', params: noParams, querystring: pageQuery(1000), response: { 200: pageOf(entrySchema), ...errorResponses } },
  }, async (request) => {
    const { after, limit } = request.query;
    const rows = await store.listSuppressions(tenantOf(request), { limit, ...(after === undefined ? {} : { after }) });
    const last = rows.at(-1);
    return {
      items: rows.map((r) => ({ hash: r.hash, ...(r.accountId === undefined ? {} : { accountId: r.accountId }), reason: r.reason, createdAt: iso(r.createdAt) })),
      ...(rows.length === limit && last !== undefined ? { next: `${last.hash}:${last.accountId ?? ''}` } : {}),
    };
  });

  app.post<{ Body: { phone: string; accountId?: string; reason: (typeof addableReasons)[number] } }>('/v1/suppressions', {
    config: { permission: 'suppressions:write' },
    schema: {
      tags,
      summary: 'Suppress a number (tenant-wide, or for one account); idempotent',
      params: noParams,
      querystring: noQuery,
      body: numberBody({ reason: { type: 'string', enum: [...addableReasons], default: 'manual' } }),
      response: { 201: { type: 'object', required: ['suppressed'], additionalProperties: false, properties: { suppressed: { type: 'boolean' } } }, ...errorResponses },
    },
  }, async (request, reply) => {
    const tenant = tenantOf(request);
    const t = await target(store, tenant, request.body.phone, request.body.accountId);
    await store.addSuppression(tenant, { phoneE164: t.e164, reason: request.body.reason, ...(t.account === undefined ? {} : { accountId: t.account }) }, actorOf(request));
    return reply.status(201).send({ suppressed: true });
  });

  app.post<{ Body: { phone: string; accountId?: string } }>('/v1/suppressions/removals', {
    config: { permission: 'suppressions:write' },
    schema: {
      tags,
      summary: 'Lift a suppression added by hand (reason manual); others are protected',
      params: noParams,
      querystring: noQuery,
      body: numberBody(),
      response: { 200: { type: 'object', required: ['lifted'], additionalProperties: false, properties: { lifted: { type: 'boolean' } } }, ...errorResponses, 409: { $ref: 'ErrorBody#' } },
    },
  }, async (request) => {
    const tenant = tenantOf(request);
    const t = await target(store, tenant, request.body.phone, request.body.accountId);
    const outcome = await store.liftSuppression(tenant, t.e164, t.account, actorOf(request));
    if (outcome === 'not_found') throw notFound('body.phone');
    if (outcome === 'protected') throw requestFailed('TACT_ERR_HTTP_SUPPRESSION_PROTECTED', { path: 'body.phone' });
    return { lifted: true };
  });
};
