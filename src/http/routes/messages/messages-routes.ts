// /v1/messages: the outbox, filtered by state, account and scheduled time (keyset
// paging by id), and one message by id. The address never leaves; the body only for
// roles that see personal data.
import type { FastifyInstance } from 'fastify';
import { messageStates, type MessageState } from '../../../app/ports/store-records.js';
import { accountId, messageId } from '../../../core/model/ids.js';
import { tenantOf } from '../../plugins/auth.js';
import { notFound, requestFailed } from '../../plugins/request-failed.js';
import type { ServerDeps } from '../../server-deps.js';
import { errorResponses, noParams, noQuery, pageOf, pageQuery, paramsOf } from '../api-schemas.js';
import { personalViewOf } from '../principal-view.js';
import { messageJson, messageSchema } from './message-json.js';

const tags = ['messages'];

interface Query {
  after?: string;
  limit: number;
  state?: MessageState;
  accountId?: string;
  from?: string;
  to?: string;
}

const instant = (text: string | undefined, path: string): number | undefined => {
  if (text === undefined) return undefined;
  const ms = Date.parse(text);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text) || Number.isNaN(ms)) throw requestFailed('TACT_ERR_HTTP_BAD_REQUEST', { path, message: 'Expected an ISO-8601 instant, e.g. 2026-12-07T00:00:00Z.' });
  return ms;
};

export const messagesRoutes = async (app: FastifyInstance, deps: ServerDeps): Promise<void> => {
  const { store } = deps;
  app.get<{ Querystring: Query }>('/v1/messages', {
    config: { permission: 'messages:read' },
    schema: {
      tags,
      summary: 'List messages by state, account and scheduled time [from, to)',
      params: noParams,
      querystring: pageQuery(500, {
        state: { type: 'string', enum: [...messageStates] },
        // Ids are generated (letters, digits, -); the pattern also keeps LIKE wildcards out.
        accountId: { type: 'string', maxLength: 128, pattern: '^[A-Za-z0-9._:-]+$' },
        from: { type: 'string', format: 'date-time' },
        to: { type: 'string', format: 'date-time' },
      }),
      response: { 200: pageOf(messageSchema), ...errorResponses },
    },
  }, async (request) => {
    const q = request.query;
    const from = instant(q.from, 'querystring.from');
    const to = instant(q.to, 'querystring.to');
    const rows = await store.listMessages(tenantOf(request), {
      limit: q.limit,
      ...(q.state === undefined ? {} : { state: q.state }),
      ...(q.accountId === undefined ? {} : { accountId: accountId(q.accountId) }),
      ...(from === undefined ? {} : { from }),
      ...(to === undefined ? {} : { to }),
      ...(q.after === undefined ? {} : { after: messageId(q.after) }),
    });
    const view = personalViewOf(request);
    const last = rows.at(-1);
    return { items: rows.map((m) => messageJson(m, view)), ...(rows.length === q.limit && last !== undefined ? { next: last.id } : {}) };
  });

  app.get<{ Params: { messageId: string } }>('/v1/messages/:messageId', {
    config: { permission: 'messages:read' },
    schema: { tags, summary: 'One message', params: paramsOf('messageId'), querystring: noQuery, response: { 200: messageSchema, ...errorResponses } },
  }, async (request) => {
    const m = await store.getMessage(tenantOf(request), messageId(request.params.messageId));
    if (m === undefined) throw notFound('messageId');
    return messageJson(m, personalViewOf(request));
  });
};
