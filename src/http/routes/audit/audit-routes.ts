// GET /v1/audit-events (the tenant's hash chain in seq order, paged by seq) and
// POST /v1/audit/verify (walks the whole chain and the head, as `tact audit verify`).
// Audit data holds ids, field names and counts, never personal data in clear.
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { verifyAuditChain } from '../../../app/verify-audit-chain.js';
import { tenantOf } from '../../plugins/auth.js';
import type { ServerDeps } from '../../server-deps.js';
import { errorResponses, iso, noParams, noQuery } from '../api-schemas.js';

const tags = ['audit'];
const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

const eventSchema = {
  type: 'object',
  required: ['seq', 'at', 'actor', 'type', 'subject', 'data', 'prevHash', 'hash'],
  additionalProperties: false,
  properties: {
    seq: { type: 'integer' },
    at: { type: 'string', format: 'date-time' },
    actor: { type: 'string' },
    type: { type: 'string' },
    subject: { type: 'string' },
    data: { description: 'JSON: ids, field names, counts, states.' },
    prevHash: { type: 'string' },
    hash: { type: 'string' },
  },
} as const;

export const auditRoutes = async (app: FastifyInstance, deps: ServerDeps): Promise<void> => {
  const { store } = deps;

  app.get<{ Querystring: { afterSeq: number; limit: number; type?: string } }>('/v1/audit-events', {
    config: { permission: 'audit:read' },
    schema: {
      tags,
      summary: 'Audit events in chain order, after a seq (paging), optionally of one type',
      params: noParams,
      querystring: {
        type: 'object',
        additionalProperties: false,
        properties: { afterSeq: { type: 'integer', minimum: 0, default: 0 }, limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 }, type: { type: 'string', maxLength: 64 } },
      },
      response: { 200: { type: 'object', required: ['items'], additionalProperties: false, properties: { items: { type: 'array', items: eventSchema }, nextAfterSeq: { type: 'integer' } } }, ...errorResponses },
    },
  }, async (request) => {
    const { afterSeq, limit, type } = request.query;
    const items: ReturnType<typeof toJson>[] = [];
    let lastSeen = afterSeq;
    for await (const e of store.iterateAudit(tenantOf(request), afterSeq + 1)) {
      lastSeen = e.seq;
      if (type === undefined || e.type === type) items.push(toJson(e));
      if (items.length >= limit) break;
    }
    return { items, ...(items.length >= limit ? { nextAfterSeq: lastSeen } : {}) };
  });

  app.post('/v1/audit/verify', {
    config: { permission: 'audit:read' },
    schema: {
      tags,
      summary: 'Verify the tenant’s audit hash chain (every link and the head)',
      params: noParams,
      querystring: noQuery,
      response: { 200: { type: 'object', required: ['ok', 'count'], additionalProperties: false, properties: { ok: { type: 'boolean' }, count: { type: 'integer' }, seq: { type: 'integer' }, reason: { type: 'string' } } }, ...errorResponses },
    },
  }, async (request) => verifyAuditChain(store, tenantOf(request), sha256Hex));
};

const toJson = (e: { seq: number; at: number; actor: string; type: string; subject: string; data: unknown; prevHash: string; hash: string }) => ({
  seq: e.seq, at: iso(e.at), actor: e.actor, type: e.type, subject: e.subject, data: e.data, prevHash: e.prevHash, hash: e.hash,
});
