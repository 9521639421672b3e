// Payments and what they change on the account and in the outbox.
import type { AccountMoney, NewPayment, PaymentRecord } from '../../../app/ports/payment-store.js';
import { accountId, messageId, type AccountId, type MessageId, type TenantId } from '../../../core/model/ids.js';
import type { AccountStatus } from '../../../core/model/import-record.js';
import { appendAuditIn } from './audit-queries.js';
import type { PaymentsTable } from './schema.js';
import type { SqlContext } from './sql-context.js';

/** One payments row as a PaymentRecord (also used by the API and portal listings). */
export const toPayment = (r: PaymentsTable): PaymentRecord => ({
  id: r.payment_id,
  externalId: r.external_id ?? '',
  accountId: accountId(r.account_id),
  amountMinor: Number(r.amount_minor),
  currency: r.currency,
  paidAt: Number(r.paid_at),
  source: r.source,
  createdAt: Number(r.created_at),
});

export const findPaymentByExternalIdRow = async (ctx: SqlContext, tenant: TenantId, externalId: string): Promise<PaymentRecord | undefined> => {
  const r = await ctx.db
    .selectFrom('payments')
    .selectAll()
    .where('tenant_id', '=', tenant)
    .where('external_id', '=', externalId)
    .executeTakeFirst();
  return r === undefined ? undefined : toPayment(r);
};

export const lockAccountMoneyIn = async (ctx: SqlContext, tenant: TenantId, account: AccountId): Promise<AccountMoney | undefined> => {
  let q = ctx.db
    .selectFrom('accounts')
    .select(['balance_minor', 'overdue_minor', 'currency', 'status', 'days_past_due'])
    .where('tenant_id', '=', tenant)
    .where('account_id', '=', account);
  if (ctx.caps.supportsForUpdate) q = q.forUpdate();
  const r = await q.executeTakeFirst();
  return r === undefined
    ? undefined
    : {
        balanceMinor: Number(r.balance_minor),
        overdueMinor: Number(r.overdue_minor),
        currency: r.currency,
        status: r.status as AccountStatus,
        daysPastDue: Number(r.days_past_due),
      };
};

export const insertPaymentIn = async (ctx: SqlContext, tenant: TenantId, p: NewPayment, actor: string): Promise<PaymentRecord> => {
  const row: PaymentsTable = {
    tenant_id: tenant,
    payment_id: ctx.newId(),
    account_id: p.accountId,
    external_id: p.externalId,
    amount_minor: p.amountMinor,
    currency: p.currency,
    paid_at: p.paidAt,
    source: p.source,
    created_at: ctx.now(),
  };
  await ctx.db.insertInto('payments').values(row).execute();
  await appendAuditIn(ctx, tenant, {
    actor,
    type: 'payment.recorded',
    subject: `account:${p.accountId}`,
    data: { paymentId: row.payment_id, externalId: p.externalId, amountMinor: p.amountMinor, currency: p.currency, paidAt: p.paidAt, source: p.source },
  });
  return toPayment(row);
};

export const setAccountMoneyIn = async (
  ctx: SqlContext,
  tenant: TenantId,
  account: AccountId,
  m: Omit<AccountMoney, 'currency'>,
  actor: string,
): Promise<void> => {
  await ctx.db
    .updateTable('accounts')
    .set({ balance_minor: m.balanceMinor, overdue_minor: m.overdueMinor, status: m.status, days_past_due: m.daysPastDue, updated_at: ctx.now() })
    .where('tenant_id', '=', tenant)
    .where('account_id', '=', account)
    .execute();
  await appendAuditIn(ctx, tenant, {
    actor,
    type: 'account.payment_applied',
    subject: `account:${account}`,
    data: { balanceMinor: m.balanceMinor, overdueMinor: m.overdueMinor, status: m.status, daysPastDue: m.daysPastDue },
  });
};

// Confirmations of an opt-out and answers to a reply are owed to the person, paid or not.
const keptPurposes = ['opt_out_confirmation', 'reply'];

export const cancelPendingMessagesIn = async (
  ctx: SqlContext,
  tenant: TenantId,
  account: AccountId,
  reason: string,
  actor: string,
): Promise<readonly MessageId[]> => {
  // Two indexed lookups instead of one `account_id = ? or account_ids like ?`, which
  // SQLite answered by scanning every pending message of the tenant (tens of thousands
  // per payment in `tact simulate`): the account's own messages (messages_account_ix),
  // and messages about several debts, which name the account in account_ids (canonical
  // JSON, each id quoted) and go to one of its people (messages_person_ix).
  const own = await ctx.db
    .selectFrom('messages')
    .select('message_id')
    .where('tenant_id', '=', tenant)
    .where('account_id', '=', account)
    .where('state', 'in', ['planned', 'queued'])
    .where('purpose', 'not in', keptPurposes)
    .execute();
  const shared = await ctx.db
    .selectFrom('messages')
    .select('message_id')
    .where('tenant_id', '=', tenant)
    .where('person_id', 'in', (eb) => eb.selectFrom('account_people').select('person_id').where('tenant_id', '=', tenant).where('account_id', '=', account))
    .where('state', 'in', ['planned', 'queued'])
    .where('purpose', 'not in', keptPurposes)
    .where('account_ids', 'like', `%${JSON.stringify(account)}%`)
    .execute();
  const ids = [...new Set([...own, ...shared].map((r) => r.message_id))];
  if (ids.length === 0) return [];
  const now = ctx.now();
  await ctx.db
    .updateTable('messages')
    .set({ state: 'cancelled', state_at: now, updated_at: now })
    .where('tenant_id', '=', tenant)
    .where('message_id', 'in', ids)
    .where('state', 'in', ['planned', 'queued'])
    .execute();
  await appendAuditIn(ctx, tenant, {
    actor,
    type: 'messages.cancelled',
    subject: `account:${account}`,
    data: { reason, count: ids.length, messageIds: ids },
  });
  return ids.map(messageId);
};
