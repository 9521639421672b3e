// GET /v1/accounts/:accountId/timeline: everything that happened to one account, in time
// order — messages (with the policy decision, violations, state and verification code),
// ledger rows (contact attempts, replies), delivery receipts and payments. Reply texts
// are personal data: present only for roles that see names (principal-view.ts).
import type { FastifyInstance } from 'fastify';
import { accountId } from '../../../core/model/ids.js';
import { tenantOf } from '../../plugins/auth.js';
import { notFound } from '../../plugins/request-failed.js';
import type { ServerDeps } from '../../server-deps.js';
import { errorResponses, iso, noQuery, paramsOf } from '../api-schemas.js';
import { decisionJson, decisionSchema } from '../messages/message-json.js';
import { personalViewOf } from '../principal-view.js';

const entrySchema = {
  type: 'object',
  required: ['kind', 'at', 'id'],
  additionalProperties: false,
  properties: {
    kind: { type: 'string', enum: ['message', 'contact_event', 'receipt', 'payment'] },
    at: { type: 'string', format: 'date-time' },
    id: { type: 'string' },
    // message
    state: { type: 'string' },
    channel: { type: 'string' },
    party: { type: 'string' },
    purpose: { type: 'string' },
    personId: { type: 'string' },
    verificationCode: { type: 'string' },
    decision: decisionSchema,
    // contact_event
    direction: { type: 'string' },
    result: { type: 'string' },
    text: { type: 'string', description: 'Inbound reply text; only for roles that see personal data.' },
    messageId: { type: 'string' },
    // receipt
    status: { type: 'string' },
    errorCode: { type: 'string' },
    // payment
    amountMinor: { type: 'integer' },
    currency: { type: 'string' },
    externalId: { type: 'string' },
    source: { type: 'string' },
  },
} as const;

type Entry = { readonly kind: string; readonly at: number; readonly id: string } & Record<string, unknown>;
const order = { payment: 0, message: 1, contact_event: 2, receipt: 3 } as const;

export const timelineRoutes = async (app: FastifyInstance, deps: ServerDeps): Promise<void> => {
  const { store } = deps;
  app.get<{ Params: { accountId: string } }>('/v1/accounts/:accountId/timeline', {
    config: { permission: 'accounts:read' },
    schema: {
      tags: ['accounts'],
      summary: 'Messages, contact events, receipts and payments of one account in time order',
      params: paramsOf('accountId'),
      querystring: noQuery,
      response: { 200: { type: 'object', required: ['items'], additionalProperties: false, properties: { items: { type: 'array', items: entrySchema } } }, ...errorResponses },
    },
  }, async (request) => {
    const tenant = tenantOf(request);
    const account = await store.getAccount(tenant, accountId(request.params.accountId));
    if (account === undefined) throw notFound('accountId');
    const view = personalViewOf(request);
    const [messages, events, payments] = await Promise.all([
      store.listAccountMessages(tenant, account.id),
      store.listAccountContactEvents(tenant, account.id),
      store.listPayments(tenant, account.id),
    ]);
    const receipts = await store.listReceipts(tenant, messages.map((m) => m.id));
    const entries: Entry[] = [
      ...messages.map((m) => ({
        kind: 'message', at: m.scheduledAt, id: m.id, state: m.state, channel: m.channel, party: m.party, purpose: m.purpose,
        ...(m.personId === undefined ? {} : { personId: m.personId }), verificationCode: m.verificationCode, decision: decisionJson(m.decision),
      })),
      ...events.map((e) => {
        const text = view.text(e.body);
        return {
          kind: 'contact_event', at: e.at, id: e.id, channel: e.channel, direction: e.direction, result: e.result, party: e.party,
          ...(e.purpose === undefined ? {} : { purpose: e.purpose }), ...(e.personId === undefined ? {} : { personId: e.personId }),
          ...(e.messageId === undefined ? {} : { messageId: e.messageId }), ...(text === undefined ? {} : { text }),
        };
      }),
      ...receipts.map((r, i) => ({ kind: 'receipt', at: r.at, id: `${r.messageId}#${i}`, messageId: r.messageId, status: r.status, ...(r.errorCode === undefined ? {} : { errorCode: r.errorCode }) })),
      ...payments.map((p) => ({ kind: 'payment', at: p.paidAt, id: p.id, amountMinor: p.amountMinor, currency: p.currency, externalId: p.externalId, source: p.source })),
    ];
    entries.sort((a, b) => a.at - b.at || order[a.kind as keyof typeof order] - order[b.kind as keyof typeof order] || (a.id < b.id ? -1 : 1));
    return { items: entries.map((e) => ({ ...e, at: iso(e.at) })) };
  });
};
