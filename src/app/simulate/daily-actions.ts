// Once a simulated day: borrowers who pay on their own (self-cure, lowered by message
// fatigue), after a contact passed a request on, or because an effect was planted in
// their arm; and `settle`, which records a payment through the real payments path
// (recordPayment: the account leaves collection and its pending messages are cancelled).
import { recordPayment } from '../payments/record-payment.js';
import type { Store } from '../ports/store.js';
import type { TenantId } from '../../core/model/ids.js';
import { DAY_MS } from '../../core/schedule/zone-day.js';
import { relayChance, selfCureChance } from '../../core/simulate/borrower-response.js';
import type { SimulationAssumptions } from '../../core/simulate/simulation-assumptions.js';
import type { AccountTally } from './account-tally.js';
import type { SimAction } from './react-to-send.js';
import type { SimAccount } from './seed-lender.js';

export const dailyActions = (
  population: readonly SimAccount[],
  tallies: readonly AccountTally[],
  day: number,
  now: number,
  plantedDay: ReadonlyMap<number, number>,
  a: SimulationAssumptions,
): SimAction[] => {
  const out: SimAction[] = [];
  for (const s of population) {
    const t = tallies[s.index]!;
    if (t.paidDay !== undefined) continue;
    const recent = t.recent.filter((x) => now - x < 7 * DAY_MS).length;
    // Two draws per unpaid account per day, whatever happens: the stream stays aligned.
    const self = s.rng.chance(selfCureChance(s.borrower, recent, a));
    const relayed = s.rng.chance(relayChance(s.borrower, a)) && t.relayPending;
    t.relayPending = false;
    if (self || relayed || plantedDay.get(s.index) === day) out.push({ kind: 'pay', account: s });
  }
  return out;
};

/** Records the account's payment (whole balance with chance settleShare, else the overdue amount). */
export const settle = async (
  store: Store,
  tenant: TenantId,
  s: SimAccount,
  t: AccountTally,
  day: number,
  now: number,
  currency: string,
  a: SimulationAssumptions,
): Promise<void> => {
  const amountMinor = s.rng.chance(a.settleShare) ? a.balanceMinor : a.overdueMinor;
  const r = await recordPayment(store, tenant, { externalId: `simpay-${s.index}`, accountExternalId: s.externalId, amountMinor, currency, paidAt: now }, 'simulator', 'simulator');
  if (!r.ok) throw new Error(`simulator: payment refused (${r.error})`);
  t.paidDay = day;
  t.paidMinor = amountMinor;
};
