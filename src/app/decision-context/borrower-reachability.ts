// cn "borrower unreachable" (失联), Tact's default reading, derived from the ledger when
// the lender supplied no status: at least 3 unanswered outbound attempts to the
// borrower on at least 2 different local days (in the look-back window, after the
// borrower's last inbound contact or payment), and no inbound reply or payment in the
// last 72 hours. "Unanswered" = any outbound result other than a conversation, an
// answer or a portal session (texts count: a text has no answer unless the borrower
// replies, which is an inbound event).
import type { LedgerRow, PlanPersonRow } from '../ports/plan-store.js';
import type { BorrowerStatus } from '../../core/model/decision-request.js';
import { HOUR_MS, zoneDayAt } from '../../core/schedule/zone-day.js';
import type { PersonFacts } from './decision-contexts.js';

export const UNREACHABLE_ATTEMPTS = 3;
export const UNREACHABLE_DAYS = 2;
export const UNREACHABLE_SILENCE_MS = 72 * HOUR_MS;
const ANSWERED = new Set(['answered', 'conversation', 'session', 'wrong_party']);

export const deriveBorrowerStatus = (
  links: readonly PlanPersonRow[],
  rowsByPerson: ReadonlyMap<string, readonly LedgerRow[]>,
  facts: ReadonlyMap<string, PersonFacts>,
  lastPaymentAt: number | undefined,
  now: number,
): BorrowerStatus | undefined => {
  const borrower = links.find((l) => l.role === 'borrower');
  if (borrower === undefined) return undefined;
  const lastInbound = facts.get(borrower.personId)?.lastInbound ?? Number.NEGATIVE_INFINITY;
  const heardFrom = Math.max(lastInbound, lastPaymentAt ?? Number.NEGATIVE_INFINITY);
  if (now - heardFrom < UNREACHABLE_SILENCE_MS) return undefined;
  const zone = borrower.timeZones[0] ?? 'UTC';
  let attempts = 0;
  const days = new Set<number>();
  for (const r of rowsByPerson.get(borrower.personId) ?? []) {
    if (r.direction !== 'outbound' || r.party !== 'borrower' || r.at <= heardFrom || r.at > now || ANSWERED.has(r.result)) continue;
    attempts += 1;
    days.add(zoneDayAt(zone, r.at).day);
  }
  return attempts >= UNREACHABLE_ATTEMPTS && days.size >= UNREACHABLE_DAYS ? 'unreachable' : undefined;
};
