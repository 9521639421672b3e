// Records one payment and makes it take effect in ONE transaction (issue 5): the
// payment row, the account's new balance / overdue / status (payment-effect.ts), and the
// account's pending (`planned`, `queued`) collection messages cancelled, with audit
// events — so the dispatcher's next claim sends nothing for a paid account. The lender's
// payment id makes it idempotent: the same id with the same figures is a duplicate
// (nothing changes); with other figures it is refused. `recordPayments` records many in
// one transaction (a bulk feed, the simulator), each exactly as recordPayment would,
// in order: one payment's refusal writes nothing and does not stop the others.
import type { TenantId } from '../../core/model/ids.js';
import type { AccountStatus } from '../../core/model/import-record.js';
import { err, ok, type Result } from '../../core/result.js';
import type { Store } from '../ports/store.js';
import { paymentEffect } from './payment-effect.js';

export interface PaymentInput {
  readonly externalId: string;
  readonly accountExternalId: string;
  /** Integer minor units, > 0. */
  readonly amountMinor: number;
  readonly currency: string;
  /** Epoch ms UTC. */
  readonly paidAt: number;
}

export type PaymentOutcome =
  | {
      readonly kind: 'recorded';
      readonly paymentId: string;
      readonly status: AccountStatus;
      readonly balanceMinor: number;
      readonly overdueMinor: number;
      readonly cancelledMessages: number;
    }
  | { readonly kind: 'duplicate'; readonly paymentId: string };

export type PaymentRejection = 'unknown_account' | 'currency_mismatch' | 'id_conflict' | 'bad_amount';

// Every check comes before the first write, so a refused payment writes nothing.
const recordIn = async (tx: Store, tenant: TenantId, p: PaymentInput, source: string, actor: string): Promise<Result<PaymentOutcome, PaymentRejection>> => {
  if (!Number.isSafeInteger(p.amountMinor) || p.amountMinor <= 0) return err('bad_amount');
  const account = await tx.getAccountByExternalId(tenant, p.accountExternalId);
  if (account === undefined) return err('unknown_account');
  const seen = await tx.findPaymentByExternalId(tenant, p.externalId);
  if (seen !== undefined) {
    const same = seen.accountId === account.id && seen.amountMinor === p.amountMinor && seen.currency === p.currency && seen.paidAt === p.paidAt;
    return same ? ok({ kind: 'duplicate', paymentId: seen.id }) : err('id_conflict');
  }
  const before = await tx.lockAccountMoney(tenant, account.id);
  if (before === undefined) return err('unknown_account');
  if (before.currency !== p.currency) return err('currency_mismatch');
  const payment = await tx.insertPayment(
    tenant,
    { externalId: p.externalId, accountId: account.id, amountMinor: p.amountMinor, currency: p.currency, paidAt: p.paidAt, source },
    actor,
  );
  const after = paymentEffect(before, p.amountMinor);
  await tx.setAccountMoney(tenant, account.id, after, actor);
  const cancelled = await tx.cancelPendingMessages(tenant, account.id, 'payment', actor);
  return ok({
    kind: 'recorded',
    paymentId: payment.id,
    status: after.status,
    balanceMinor: after.balanceMinor,
    overdueMinor: after.overdueMinor,
    cancelledMessages: cancelled.length,
  });
};

export const recordPayment = (
  store: Store,
  tenant: TenantId,
  p: PaymentInput,
  source: string,
  actor: string,
): Promise<Result<PaymentOutcome, PaymentRejection>> => store.transaction((tx) => recordIn(tx, tenant, p, source, actor));

/** Records the payments in order in ONE transaction; one result per payment. */
export const recordPayments = (
  store: Store,
  tenant: TenantId,
  payments: readonly PaymentInput[],
  source: string,
  actor: string,
): Promise<Result<PaymentOutcome, PaymentRejection>[]> =>
  payments.length === 0
    ? Promise.resolve([])
    : store.transaction(async (tx) => {
        const out: Result<PaymentOutcome, PaymentRejection>[] = [];
        for (const p of payments) out.push(await recordIn(tx, tenant, p, source, actor));
        return out;
      });
