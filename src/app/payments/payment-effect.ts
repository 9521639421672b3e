// What a payment does to an account's figures (pure). Amounts are integer minor units.
// Overdue and balance never go below 0 (an overpayment is stored as paid, and the
// account is simply at 0). Overdue at 0 → `cured` (days past due 0); balance at 0 →
// `settled`, which wins over cured. Otherwise the status is kept.
import type { AccountMoney } from '../ports/payment-store.js';

export const paymentEffect = (before: AccountMoney, amountMinor: number): Omit<AccountMoney, 'currency'> => {
  const balanceMinor = Math.max(0, before.balanceMinor - amountMinor);
  const overdueMinor = Math.max(0, Math.min(balanceMinor, before.overdueMinor - amountMinor));
  if (balanceMinor === 0) return { balanceMinor, overdueMinor: 0, status: 'settled', daysPastDue: 0 };
  if (overdueMinor === 0 && before.overdueMinor > 0) return { balanceMinor, overdueMinor, status: 'cured', daysPastDue: 0 };
  return { balanceMinor, overdueMinor, status: before.status, daysPastDue: before.daysPastDue };
};
