// `tact run`: the long-running process. Role `all` (default): the daily plan at each
// tenant's configured local time plus continuous dispatch; `planner` or `dispatcher`
// alone for a PostgreSQL deployment with one planner and many dispatchers. SIGTERM:
// stop claiming, finish in-flight sends, record them, exit 0.
import type { Logger } from '../app/ports/logger.js';
import type { StoreHandle } from '../app/ports/store.js';
import type { Clock } from '../app/ports/clock.js';
import { failure } from '../core/errors.js';
import type { TenantId } from '../core/model/ids.js';
import { DispatchJob } from '../jobs/dispatch-job.js';
import { validPlanTime } from '../jobs/next-plan-run.js';
import { PlannerJob } from '../jobs/planner-job.js';
import type { Command, ExitCode } from './command.js';
import type { DispatchCommandDeps } from './dispatch-command.js';
import { printFailures } from './print-failures.js';
import { withStore } from './store-command-support.js';

export interface RunCommandDeps extends DispatchCommandDeps {
  readonly clock: Clock;
  readonly logger: Logger;
  readonly planDay: (handle: StoreHandle) => (tenant: TenantId, businessDate: string) => Promise<void>;
  readonly sleep: (ms: number) => Promise<void>;
}

const roles = ['all', 'planner', 'dispatcher'] as const;

const help = `Usage: tact run [--role all|planner|dispatcher] [--plan-at HH:MM] [--concurrency N] [--db URL] [--smpp URL]

Runs until SIGTERM/SIGINT. The planner plans each tenant's business day at --plan-at in
the tenant's time zone (default TACT_PLAN_AT, else 06:00); with PostgreSQL only one
planner runs a tenant's day at a time (advisory lock). The dispatcher sends due
messages continuously (see tact dispatch). On SIGTERM it stops claiming, finishes the
sends in flight, records them and exits 0.

Options:
  --role R          all (default) | planner | dispatcher
  --plan-at HH:MM   local time of the daily plan
  --concurrency N   sends in flight at most (default 32)
  --db URL, --smpp URL   as for tact dispatch
`;

export const createRunCommand = (deps: RunCommandDeps): Command => ({
  name: 'run',
  summary: 'Long-running planner and/or dispatcher',
  help,
  run: async (args, io): Promise<ExitCode> => {
    let role = 'all' as (typeof roles)[number];
    let planAt = io.env['TACT_PLAN_AT'] ?? '06:00';
    let concurrency = 32;
    let smpp = io.env['TACT_SMPP_URL'];
    for (let i = 0; i < args.length; i += 1) {
      const a = args[i] ?? '';
      const v = args[i + 1];
      const bad = (): ExitCode => {
        printFailures(io, [failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: a })]);
        return 2;
      };
      if (a === '--db') i += 1;
      else if (a === '--role' && roles.includes(v as never)) (role = v as typeof role), (i += 1);
      else if (a === '--plan-at' && v !== undefined && validPlanTime(v)) (planAt = v), (i += 1);
      else if (a === '--concurrency' && v !== undefined && /^[1-9]\d{0,3}$/.test(v)) (concurrency = Number(v)), (i += 1);
      else if (a === '--smpp' && v !== undefined) (smpp = v), (i += 1);
      else return bad();
    }
    if (!validPlanTime(planAt)) {
      printFailures(io, [failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: 'TACT_PLAN_AT' })]);
      return 2;
    }
    return withStore(deps.openStore, args, io, async (handle) => {
      await handle.assertMigrated();
      const jobs: Promise<unknown>[] = [];
      const stops: (() => void)[] = [];
      let close = async (): Promise<void> => undefined;
      if (role !== 'dispatcher') {
        const planner = new PlannerJob({ store: handle.store, clock: deps.clock, logger: deps.logger, planDay: deps.planDay(handle), sleep: deps.sleep }, planAt);
        stops.push(() => planner.stop());
        jobs.push(planner.run());
      }
      if (role !== 'planner') {
        const transport = await deps.openTransport(handle, smpp === '' ? undefined : smpp);
        close = () => transport.close();
        const job = new DispatchJob({ ...transport.deps, store: handle.store }, { once: false, worker: `run-${Date.now().toString(36)}`, concurrency });
        stops.push(() => job.stop());
        jobs.push(job.run());
        io.stderr(`dispatching through ${transport.describe}\n`);
      }
      io.stderr(`tact run: role ${role}, daily plan at ${planAt} tenant-local; stop with SIGTERM\n`);
      deps.onStopSignal(() => stops.forEach((s) => s()));
      try {
        await Promise.all(jobs);
      } finally {
        await close();
      }
      io.stderr('tact run: stopped cleanly\n');
      return 0;
    });
  },
});
