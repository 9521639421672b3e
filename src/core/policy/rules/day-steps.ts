// Earliest instant for day-window counters: a count over whole local days can only
// fall when a local midnight passes, so the first passing instant is t itself or one
// of the next local midnights in the person's zones.
import { nextMidnight } from '../../schedule/day-window.js';
import { newCounters } from '../counters.js';
import { scanHistory } from '../history-scan.js';
import type { RuleContext } from '../rule.js';

const scratch = newCounters();

/** First local midnight after t (in any zone) at which `passes` holds; null past `maxDays` + 2 days. */
export const firstPassingMidnight = (
  ctx: RuleContext,
  t: number,
  maxDays: number,
  passes: (c: RuleContext['c']) => boolean,
): number | null => {
  let at = t;
  const steps = (maxDays + 2) * Math.max(1, ctx.zones.length);
  for (let i = 0; i < steps; i += 1) {
    at = nextMidnight(ctx.zones, at);
    if (passes(scanHistory(scratch, ctx.req, ctx.params, ctx.zones, at))) return at;
  }
  return null;
};
