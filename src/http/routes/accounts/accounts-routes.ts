// /v1/accounts: list (keyset paging by id), get (with its people, masked per role),
// create (one import row as JSON, same validation as `tact import`), update (PATCH:
// status, flags, product; audit account.updated) and close (DELETE: status `closed`,
// pending messages cancelled; a lender keeps its records, so nothing is deleted).
import type { FastifyInstance } from 'fastify';
import { DateTime } from 'luxon';
import type { AccountPatch } from '../../../app/ports/api-store.js';

import { accountId } from '../../../core/model/ids.js';
import { accountStatuses, type AccountStatus } from '../../../core/model/import-record.js';
import { parseImportRow } from '../../../core/model/parse-import-row.js';
import { isPhoneRegion } from '../../../core/model/parse-phone.js';
import { tenantOf } from '../../plugins/auth.js';
import { notFound, requestFailed, RequestFailed } from '../../plugins/request-failed.js';
import type { ServerDeps } from '../../server-deps.js';
import { errorResponses, noParams, noQuery, pageOf, pageQuery, paramsOf } from '../api-schemas.js';
import { actorOf, personalViewOf } from '../principal-view.js';
import { accountJson, accountSchema } from './account-json.js';

const tags = ['accounts'];

const personLinkSchema = {
  type: 'object',
  required: ['personId', 'role', 'position', 'name', 'confirmation'],
  additionalProperties: false,
  properties: {
    personId: { type: 'string' },
    role: { type: 'string' },
    position: { type: 'integer' },
    name: { type: 'string', description: 'Masked unless the role works with contacts.' },
    relationship: { type: 'string' },
    confirmation: { type: 'string' },
    confirmationAt: { type: 'string', format: 'date-time' },
  },
} as const;

const accountWithPeople = {
  ...accountSchema,
  required: [...accountSchema.required, 'people'],
  properties: { ...accountSchema.properties, people: { type: 'array', items: personLinkSchema } },
} as const;

/** A row of `tact import` as one JSON object (docs/import.md): same columns, same checks. */
const createBody = {
  type: 'object',
  required: ['external_id'],
  additionalProperties: { anyOf: [{ type: 'string' }, { type: 'number' }, { type: 'null' }] },
  properties: { external_id: { type: 'string', minLength: 1, maxLength: 64 } },
  description: 'One import row as JSON: the columns of docs/import.md (external_id, product, currency, due_date, borrower_name, borrower_phone, …).',
} as const;

const patchBody = {
  type: 'object',
  minProperties: 1,
  additionalProperties: false,
  properties: {
    status: { type: 'string', enum: accountStatuses.filter((s) => s !== 'closed') },
    flags: { type: 'array', maxItems: 32, items: { type: 'string', minLength: 1, maxLength: 64 } },
    product: { type: 'string', minLength: 1, maxLength: 64 },
  },
} as const;

export const accountsRoutes = async (app: FastifyInstance, deps: ServerDeps): Promise<void> => {
  const { store } = deps;

  app.get<{ Querystring: { after?: string; limit: number } }>('/v1/accounts', {
    config: { permission: 'accounts:read' },
    schema: { tags, summary: 'List accounts (keyset paging by id)', params: noParams, querystring: pageQuery(500), response: { 200: pageOf(accountSchema), ...errorResponses } },
  }, async (request) => {
    const { after, limit } = request.query;
    const rows = await store.listAccounts(tenantOf(request), { limit, ...(after === undefined ? {} : { after: accountId(after) }) });
    const last = rows.at(-1);
    return { items: rows.map(accountJson), ...(rows.length === limit && last !== undefined ? { next: last.id } : {}) };
  });

  app.get<{ Params: { accountId: string } }>('/v1/accounts/:accountId', {
    config: { permission: 'accounts:read' },
    schema: { tags, summary: 'One account with its borrower and contacts', params: paramsOf('accountId'), querystring: noQuery, response: { 200: accountWithPeople, ...errorResponses } },
  }, async (request) => {
    const tenant = tenantOf(request);
    const account = await store.getAccount(tenant, accountId(request.params.accountId));
    if (account === undefined) throw notFound('accountId');
    const view = personalViewOf(request);
    const people = await store.listAccountPeople(tenant, account.id);
    return {
      ...accountJson(account),
      people: people.map((p) => ({
        personId: p.personId,
        role: p.role,
        position: p.position,
        name: view.name(p.name),
        ...(p.relationship === undefined ? {} : { relationship: p.relationship }),
        confirmation: p.confirmation,
        ...(p.confirmationAt === undefined ? {} : { confirmationAt: new Date(p.confirmationAt).toISOString() }),
      })),
    };
  });

  app.post<{ Body: Record<string, string | number | null> }>('/v1/accounts', {
    config: { permission: 'accounts:write' },
    schema: { tags, summary: 'Create one account (an import row as JSON)', params: noParams, querystring: noQuery, body: createBody, response: { 201: accountSchema, ...errorResponses, 409: { $ref: 'ErrorBody#' } } },
  }, async (request, reply) => {
    const tenant = tenantOf(request);
    const t = await store.getTenant(tenant);
    if (t === undefined || !isPhoneRegion(t.defaultRegion)) throw requestFailed('TACT_ERR_STORE_UNKNOWN_TENANT');
    const today = DateTime.fromMillis(deps.clock.now(), { zone: t.timeZone }).toISODate() ?? '';
    const parsed = parseImportRow(request.body, 1, { defaultRegion: t.defaultRegion, defaultTimeZone: t.timeZone, today });
    if (!parsed.ok) throw new RequestFailed(parsed.error.map((f) => ({ ...f, path: `body.${f.path ?? ''}` })));
    if ((await store.getAccountByExternalId(tenant, parsed.value.externalId)) !== undefined) {
      throw requestFailed('TACT_ERR_HTTP_CONFLICT', { path: 'body.external_id', message: 'An account with this external_id exists; change it with PATCH or re-import it.' });
    }
    await store.upsertImportBatch(tenant, [parsed.value], actorOf(request));
    const created = await store.getAccountByExternalId(tenant, parsed.value.externalId);
    if (created === undefined) throw requestFailed('TACT_ERR_HTTP_INTERNAL');
    return reply.status(201).send(accountJson(created));
  });

  app.patch<{ Params: { accountId: string }; Body: { status?: AccountStatus; flags?: string[]; product?: string } }>('/v1/accounts/:accountId', {
    config: { permission: 'accounts:write' },
    schema: { tags, summary: 'Change status, flags or product (audit account.updated)', params: paramsOf('accountId'), querystring: noQuery, body: patchBody, response: { 200: accountSchema, ...errorResponses } },
  }, async (request) => {
    const b = request.body;
    const patch: AccountPatch = { ...(b.status === undefined ? {} : { status: b.status }), ...(b.flags === undefined ? {} : { flags: b.flags }), ...(b.product === undefined ? {} : { product: b.product }) };
    const updated = await store.updateAccount(tenantOf(request), accountId(request.params.accountId), patch, actorOf(request));
    if (updated === undefined) throw notFound('accountId');
    return accountJson(updated);
  });

  app.delete<{ Params: { accountId: string } }>('/v1/accounts/:accountId', {
    config: { permission: 'accounts:write' },
    schema: {
      tags,
      summary: 'Close an account: status closed, pending messages cancelled; nothing is deleted',
      params: paramsOf('accountId'),
      querystring: noQuery,
      response: { 200: { type: 'object', required: ['account', 'cancelledMessages'], additionalProperties: false, properties: { account: accountSchema, cancelledMessages: { type: 'integer' } } }, ...errorResponses },
    },
  }, async (request) => {
    const tenant = tenantOf(request);
    const id = accountId(request.params.accountId);
    const actor = actorOf(request);
    const result = await store.transaction(async (tx) => {
      const closed = await tx.updateAccount(tenant, id, { status: 'closed' }, actor);
      if (closed === undefined) return undefined;
      const cancelled = await tx.cancelPendingMessages(tenant, id, 'account_closed', actor);
      return { account: accountJson(closed), cancelledMessages: cancelled.length };
    });
    if (result === undefined) throw notFound('accountId');
    return result;
  });
};

