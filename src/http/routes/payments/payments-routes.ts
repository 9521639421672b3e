// POST /v1/payments records one payment exactly as `tact payments` does (app/payments/
// record-payment.ts: one transaction — payment row, new balance and status, pending
// messages cancelled, audit events). The lender's payment id makes it idempotent: the
// same id with the same figures answers 200 `duplicate`, with other figures 400.
// GET /v1/accounts/:accountId/payments lists one account's payments.
import type { FastifyInstance } from 'fastify';
import { recordPayment, type PaymentRejection } from '../../../app/payments/record-payment.js';
import type { ErrorCode } from '../../../core/errors.js';
import { accountId } from '../../../core/model/ids.js';
import { tenantOf } from '../../plugins/auth.js';
import { notFound, requestFailed } from '../../plugins/request-failed.js';
import type { ServerDeps } from '../../server-deps.js';
import { errorResponses, iso, noParams, noQuery, paramsOf } from '../api-schemas.js';
import { actorOf } from '../principal-view.js';

const tags = ['payments'];

const rejections: Readonly<Record<PaymentRejection, { code: ErrorCode; path: string }>> = {
  unknown_account: { code: 'TACT_ERR_PAYMENT_UNKNOWN_ACCOUNT', path: 'body.accountId' },
  currency_mismatch: { code: 'TACT_ERR_PAYMENT_CURRENCY_MISMATCH', path: 'body.currency' },
  id_conflict: { code: 'TACT_ERR_PAYMENT_ID_CONFLICT', path: 'body.externalId' },
  bad_amount: { code: 'TACT_ERR_PAYMENT_BAD_AMOUNT', path: 'body.amountMinor' },
};

const paymentSchema = {
  type: 'object',
  required: ['id', 'externalId', 'accountId', 'amountMinor', 'currency', 'paidAt', 'source', 'createdAt'],
  additionalProperties: false,
  properties: {
    id: { type: 'string' },
    externalId: { type: 'string' },
    accountId: { type: 'string' },
    amountMinor: { type: 'integer' },
    currency: { type: 'string' },
    paidAt: { type: 'string', format: 'date-time' },
    source: { type: 'string' },
    createdAt: { type: 'string', format: 'date-time' },
  },
} as const;

const outcomeSchema = {
  type: 'object',
  required: ['kind', 'paymentId'],
  additionalProperties: false,
  properties: {
    kind: { type: 'string', enum: ['recorded', 'duplicate'] },
    paymentId: { type: 'string' },
    status: { type: 'string' },
    balanceMinor: { type: 'integer' },
    overdueMinor: { type: 'integer' },
    cancelledMessages: { type: 'integer' },
  },
} as const;

interface Body {
  externalId: string;
  accountId: string;
  amountMinor: number;
  currency: string;
  paidAt: string;
}

export const paymentsRoutes = async (app: FastifyInstance, deps: ServerDeps): Promise<void> => {
  const { store } = deps;

  app.post<{ Body: Body }>('/v1/payments', {
    config: { permission: 'payments:write' },
    schema: {
      tags,
      summary: 'Record a payment (idempotent by externalId)',
      params: noParams,
      querystring: noQuery,
      body: {
        type: 'object',
        required: ['externalId', 'accountId', 'amountMinor', 'currency', 'paidAt'],
        additionalProperties: false,
        properties: {
          externalId: { type: 'string', minLength: 1, maxLength: 64, description: 'The lender’s payment id.' },
          accountId: { type: 'string', minLength: 1, maxLength: 128 },
          amountMinor: { type: 'integer', minimum: 1, description: 'Minor units of currency.' },
          currency: { type: 'string', pattern: '^[A-Z]{3}$' },
          paidAt: { type: 'string', format: 'date-time' },
        },
      },
      response: { 200: outcomeSchema, ...errorResponses },
    },
  }, async (request) => {
    const tenant = tenantOf(request);
    const b = request.body;
    const account = await store.getAccount(tenant, accountId(b.accountId));
    if (account === undefined) throw notFound('body.accountId');
    const r = await recordPayment(
      store,
      tenant,
      { externalId: b.externalId, accountExternalId: account.externalId, amountMinor: b.amountMinor, currency: b.currency, paidAt: Date.parse(b.paidAt) },
      'api',
      actorOf(request),
    );
    if (!r.ok) throw requestFailed(rejections[r.error].code, { path: rejections[r.error].path });
    return r.value;
  });

  app.get<{ Params: { accountId: string } }>('/v1/accounts/:accountId/payments', {
    config: { permission: 'payments:read' },
    schema: { tags, summary: 'Payments of one account, oldest first', params: paramsOf('accountId'), querystring: noQuery, response: { 200: { type: 'object', required: ['items'], additionalProperties: false, properties: { items: { type: 'array', items: paymentSchema } } }, ...errorResponses } },
  }, async (request) => {
    const tenant = tenantOf(request);
    const account = await store.getAccount(tenant, accountId(request.params.accountId));
    if (account === undefined) throw notFound('accountId');
    const rows = await store.listPayments(tenant, account.id);
    return { items: rows.map((p) => ({ ...p, paidAt: iso(p.paidAt), createdAt: iso(p.createdAt) })) };
  });
};
