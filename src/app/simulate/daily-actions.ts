// Once a simulated day: borrowers who pay on their own (self-cure, lowered by message
// fatigue), after a contact passed a request on, or because an effect was planted in
// their arm; and `settlement`, the payment a payer makes, which the simulator records
// through the real payments path (recordPayments: the account leaves collection and its
// pending messages are cancelled).
import type { PaymentInput } from '../payments/record-payment.js';
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

/** The account's payment (whole balance with chance settleShare, else the overdue amount); marks the tally paid. */
export const settlement = (s: SimAccount, t: AccountTally, day: number, now: number, currency: string, a: SimulationAssumptions): PaymentInput => {
  const amountMinor = s.rng.chance(a.settleShare) ? a.balanceMinor : a.overdueMinor;
  t.paidDay = day;
  t.paidMinor = amountMinor;
  return { externalId: `simpay-${s.index}`, accountExternalId: s.externalId, amountMinor, currency, paidAt: now };
};
