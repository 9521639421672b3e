// /v1/keys (admin): list the tenant's API keys (prefix, role, label, times — never the
// secret or its hash), create one (the secret is in this one response only), revoke one.
import type { FastifyInstance } from 'fastify';
import { newApiKeySecret } from '../../../app/api-keys/new-api-key-secret.js';
import type { ApiKeyRecord } from '../../../app/ports/api-key-store.js';
import { roles, type Role } from '../../../core/model/roles.js';
import { tenantOf } from '../../plugins/auth.js';
import { notFound } from '../../plugins/request-failed.js';
import type { ServerDeps } from '../../server-deps.js';
import { errorResponses, iso, noParams, noQuery, paramsOf } from '../api-schemas.js';
import { actorOf } from '../principal-view.js';

const tags = ['keys'];

const keySchema = {
  type: 'object',
  required: ['id', 'role', 'prefix', 'createdAt'],
  additionalProperties: false,
  properties: {
    id: { type: 'string' },
    role: { type: 'string', enum: [...roles] },
    prefix: { type: 'string', description: 'The first characters of the key, to tell keys apart.' },
    label: { type: 'string' },
    createdAt: { type: 'string', format: 'date-time' },
    lastUsedAt: { type: 'string', format: 'date-time' },
    revokedAt: { type: 'string', format: 'date-time' },
  },
} as const;

const keyJson = (k: ApiKeyRecord) => ({
  id: k.id,
  role: k.role,
  prefix: k.prefix,
  ...(k.label === undefined ? {} : { label: k.label }),
  createdAt: iso(k.createdAt),
  ...(k.lastUsedAt === undefined ? {} : { lastUsedAt: iso(k.lastUsedAt) }),
  ...(k.revokedAt === undefined ? {} : { revokedAt: iso(k.revokedAt) }),
});

export const keysRoutes = async (app: FastifyInstance, deps: ServerDeps): Promise<void> => {
  const { store } = deps;

  app.get('/v1/keys', {
    config: { permission: 'keys:read' },
    schema: { tags, summary: 'The tenant’s API keys, revoked ones included', params: noParams, querystring: noQuery, response: { 200: { type: 'object', required: ['items'], additionalProperties: false, properties: { items: { type: 'array', items: keySchema } } }, ...errorResponses } },
  }, async (request) => ({ items: (await store.listApiKeys(tenantOf(request))).map(keyJson) }));

  app.post<{ Body: { role: Role; label?: string } }>('/v1/keys', {
    config: { permission: 'keys:write' },
    schema: {
      tags,
      summary: 'Create a key; the secret is returned once, in this response only',
      params: noParams,
      querystring: noQuery,
      body: { type: 'object', required: ['role'], additionalProperties: false, properties: { role: { type: 'string', enum: [...roles] }, label: { type: 'string', minLength: 1, maxLength: 100 } } },
      response: { 201: { type: 'object', required: ['key', 'secret'], additionalProperties: false, properties: { key: keySchema, secret: { type: 'string', description: 'tact_…; store it now, it is never shown again.' } } }, ...errorResponses },
    },
  }, async (request, reply) => {
    const secret = newApiKeySecret();
    const { role, label } = request.body;
    const key = await store.createApiKey(tenantOf(request), { role, secret, ...(label === undefined ? {} : { label }) }, actorOf(request));
    return reply.status(201).send({ key: keyJson(key), secret });
  });

  app.delete<{ Params: { keyId: string } }>('/v1/keys/:keyId', {
    config: { permission: 'keys:write' },
    schema: { tags, summary: 'Revoke a key: it stops working at once', params: paramsOf('keyId'), querystring: noQuery, response: { 200: { type: 'object', required: ['id', 'revoked'], additionalProperties: false, properties: { id: { type: 'string' }, revoked: { type: 'boolean' } } }, ...errorResponses } },
  }, async (request) => {
    const revoked = await store.revokeApiKey(tenantOf(request), request.params.keyId, actorOf(request));
    if (!revoked) throw notFound('keyId');
    return { id: request.params.keyId, revoked };
  });
};
