// When the daily plan runs next: the tenant's configured local time (HH:MM in its IANA
// zone) on the next day it has not passed yet. Luxon handles DST gaps (a 02:30 that
// does not exist runs at the shifted instant Luxon gives).
import { DateTime } from 'luxon';

export interface PlanRun {
  /** Epoch ms UTC. */
  readonly at: number;
  /** The tenant's local calendar date of the run, YYYY-MM-DD: the plan's business date. */
  readonly businessDate: string;
}

/** `hhmm` "HH:MM" (24 h). The run at exactly `now` counts as due (not skipped). */
export const nextPlanRun = (now: number, zone: string, hhmm: string): PlanRun => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  const local = DateTime.fromMillis(now, { zone });
  let run = local.set({ hour: h, minute: m, second: 0, millisecond: 0 });
  if (run.toMillis() < now) run = run.plus({ days: 1 }).set({ hour: h, minute: m, second: 0, millisecond: 0 });
  return { at: run.toMillis(), businessDate: run.toISODate() ?? '' };
};

export const validPlanTime = (hhmm: string): boolean => /^([01]\d|2[0-3]):[0-5]\d$/.test(hhmm);

/** Today's run in the zone (local date of `now` at `hhmm`), past or not. */
export const todayPlanRun = (now: number, zone: string, hhmm: string): PlanRun => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  const run = DateTime.fromMillis(now, { zone }).set({ hour: h, minute: m, second: 0, millisecond: 0 });
  return { at: run.toMillis(), businessDate: run.toISODate() ?? '' };
};
