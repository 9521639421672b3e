// The due dates on which a strategy's steps can fire on a business date: each trigger
// names the DPDs it fires at (docs/strategies.md), and DPD = business date − due date,
// so an account whose due date is in none of these has no step today whatever its
// balance, product or segment. The planner reads only those accounts (the account
// conditions are still checked per account, stepsFor).
import { epochDay, parseIsoDate } from '../../core/model/parse-iso-date.js';
import type { DpdTrigger, Strategy } from '../../core/strategy/strategy.js';

const DAY_MS = 86_400_000;

const dpdsOf = (t: DpdTrigger): readonly number[] => {
  switch (t.kind) {
    case 'before_due':
      return [-t.days];
    case 'on_day':
      return [t.day];
    default: {
      const out: number[] = [];
      for (let d = t.from; d <= t.to; d += t.every) out.push(d);
      return out;
    }
  }
};

/** Sorted YYYY-MM-DD due dates at which some step of some strategy fires on `businessDate`. */
export const firingDueDates = (strategies: readonly Strategy[], businessDate: string): readonly string[] => {
  if (!parseIsoDate(businessDate).ok) return [];
  const today = epochDay(businessDate);
  const days = new Set<number>();
  for (const s of strategies) for (const step of s.steps) for (const dpd of dpdsOf(step.trigger)) days.add(today - dpd);
  return [...days].sort((a, b) => a - b).map((d) => new Date(d * DAY_MS).toISOString().slice(0, 10));
};
