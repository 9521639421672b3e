// The planner side of `tact run`: for every tenant, the daily plan at its configured
// local time. Only one planner runs a tenant's day at a time: the run happens under
// `store.withPlannerLock` (PostgreSQL advisory lock; SQLite has one process). A day
// planned twice plans nothing twice anyway (plan keys); the lock avoids the wasted work.
import type { Clock } from '../app/ports/clock.js';
import type { Logger } from '../app/ports/logger.js';
import type { Store } from '../app/ports/store.js';
import type { TenantId } from '../core/model/ids.js';
import { todayPlanRun } from './next-plan-run.js';

export interface PlannerJobDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Plans one tenant's business day (planDay). */
  readonly planDay: (tenant: TenantId, businessDate: string) => Promise<void>;
  /** Waits up to ms (real time); resolves early on stop. */
  readonly sleep: (ms: number) => Promise<void>;
}

export class PlannerJob {
  #stopped = false;
  #wake: (() => void) | undefined;

  constructor(private readonly deps: PlannerJobDeps, private readonly planAt: string) {}

  stop(): void {
    this.#stopped = true;
    this.#wake?.();
  }

  /** Runs until stop(); returns the (tenant, date) pairs it planned. */
  async run(): Promise<readonly string[]> {
    const done: string[] = [];
    while (!this.#stopped) {
      const now = this.deps.clock.now();
      const tenants = await this.deps.store.listTenantIds();
      let nextAt = now + 60_000; // look for new tenants at least every minute
      for (const tenant of tenants) {
        const t = await this.deps.store.getTenant(tenant);
        if (t === undefined) continue;
        // Today's run, also when the process started after its time (plans are idempotent).
        const run = todayPlanRun(now, t.timeZone, this.planAt);
        const key = `${tenant}:${run.businessDate}`;
        if (run.at <= now && !done.includes(key)) {
          const ran = await this.deps.store.withPlannerLock(tenant, run.businessDate, () => this.deps.planDay(tenant, run.businessDate));
          done.push(key);
          this.deps.logger.info({ tenant, businessDate: run.businessDate, ran: ran !== undefined }, 'daily plan');
        } else if (run.at > now) nextAt = Math.min(nextAt, run.at);
        else nextAt = Math.min(nextAt, run.at + 86_400_000); // tomorrow's, near enough (DST: re-checked each minute)
      }
      if (this.#stopped) break;
      await Promise.race([this.deps.sleep(Math.max(0, nextAt - this.deps.clock.now())), new Promise<void>((r) => (this.#wake = r))]);
    }
    return done;
  }
}
