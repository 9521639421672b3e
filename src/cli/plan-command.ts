// `tact plan --date YYYY-MM-DD [--db URL] [--tenant ID] [--batch N]`: plans one business
// day for one tenant (docs/planner.md). A progress bar on a terminal (stderr); the
// summary as a small table on stdout. Exit 0 done, 2 invalid input, 3 store fault.
import cliProgress from 'cli-progress';
import type { PlanDeps, PlanProgress } from '../app/plan-day.js';
import { planDay } from '../app/plan-day.js';
import type { PlanSummary } from '../app/plan/plan-summary.js';
import type { OpenStore } from '../app/ports/store-opener.js';
import type { StoreHandle } from '../app/ports/store.js';
import { failure } from '../core/errors.js';
import { tenantId } from '../core/model/ids.js';
import type { CliIo } from './cli-io.js';
import type { Command, ExitCode } from './command.js';
import { printFailures } from './print-failures.js';
import { withStore, withoutDbOption } from './store-command-support.js';

export interface PlanCommandDeps {
  readonly openStore: OpenStore;
  readonly planDeps: (handle: StoreHandle) => PlanDeps;
}

const help = `tact plan --date YYYY-MM-DD [--db URL] [--tenant ID] [--batch N]

Plans one business day: every overdue account's firing strategy steps are decided by
the policy engine and written to the outbox as planned (scheduled at the later of the
step's local time and the earliest allowed instant) or blocked (with the reasons).
Re-running a day plans nothing twice.

  --date YYYY-MM-DD  the business date (required)
  --tenant ID        default $TACT_TENANT or "default"
  --batch N          accounts per batch, 1–10000 (default 1000)
  --db URL           sqlite:PATH or postgres://… (default $TACT_DB or sqlite:./tact.db)
`;

const table = (title: string, m: Record<string, number>): string => {
  const rows = Object.entries(m).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (rows.length === 0) return '';
  const w = Math.max(title.length, ...rows.map(([k]) => k.length));
  return `${title.padEnd(w)}  count\n${rows.map(([k, v]) => `${k.padEnd(w)}  ${String(v).padStart(5)}`).join('\n')}\n\n`;
};

export const formatPlanSummary = (s: PlanSummary): string =>
  `planned ${s.businessDate} for tenant ${s.tenant}: ${s.accounts} overdue accounts, ${s.candidates} candidate touches\n` +
  `planned ${s.planned}, blocked ${s.blocked}, already planned ${s.alreadyPlanned}, not rendered ${s.notRendered}\n\n` +
  table('audience', s.byAudience) +
  table('channel', s.byChannel) +
  table('state', s.byState) +
  table('reason', s.byReason) +
  (s.guardrail === undefined || s.guardrail.look === 0
    ? ''
    : `experiment ${s.guardrail.experiment}: guardrail look ${s.guardrail.look}, ${s.guardrail.stopped.length === 0 ? 'no arm stopped' : `stopped ${s.guardrail.stopped.join(', ')} (planned with the control)`}\n`);

const progressBar = (io: CliIo): { update: (p: PlanProgress) => void; stop: () => void } => {
  if (!io.isTty) return { update: () => undefined, stop: () => undefined };
  const stream = { isTTY: true, columns: 100, write: (x: string) => (io.stderr(x), true) } as unknown as NodeJS.WriteStream;
  const bar = new cliProgress.SingleBar({ stream, format: 'planning [{bar}] {percentage}% | {value}/{total} accounts | {planned} planned, {blocked} blocked', hideCursor: true }, cliProgress.Presets.shades_classic);
  let started = false;
  return {
    update: (p) => {
      if (!started) bar.start(Math.max(p.total, 1), 0, { planned: 0, blocked: 0 });
      started = true;
      bar.update(p.accounts, { planned: p.planned, blocked: p.blocked });
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
};

export const createPlanCommand = (deps: PlanCommandDeps): Command => ({
  name: 'plan',
  summary: 'plan one business day: decide every strategy step, write planned/blocked messages',
  help,
  run: async (args, io): Promise<ExitCode> => {
    const rest = withoutDbOption(args);
    const values = new Map<string, string>();
    for (let i = 0; i < rest.length; i += 1) {
      const a = rest[i]!;
      const eq = a.indexOf('=');
      if (a.startsWith('--') && eq > 0) values.set(a.slice(0, eq), a.slice(eq + 1));
      else if (['--date', '--tenant', '--batch'].includes(a) && rest[i + 1] !== undefined) values.set(a, rest[++i]!);
      else {
        printFailures(io, [failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: a, message: `Unknown argument ${a}; see tact plan --help.` })]);
        return 2;
      }
    }
    const date = values.get('--date');
    const batch = Number(values.get('--batch') ?? '1000');
    if (date === undefined || !Number.isInteger(batch) || batch < 1 || batch > 10_000) {
      printFailures(io, [failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: date === undefined ? '--date' : '--batch', message: date === undefined ? '--date YYYY-MM-DD is required.' : '--batch must be a whole number from 1 to 10000.' })]);
      return 2;
    }
    const tenant = tenantId(values.get('--tenant') ?? io.env['TACT_TENANT'] ?? 'default');
    return withStore(deps.openStore, args, io, async (handle) => {
      await handle.assertMigrated();
      const bar = progressBar(io);
      const r = await planDay(deps.planDeps(handle), tenant, date, { batchSize: batch, onProgress: bar.update, actor: 'cli:plan' });
      bar.stop();
      if (!r.ok) {
        printFailures(io, r.error);
        return 2;
      }
      io.stdout(formatPlanSummary(r.value));
      return 0;
    });
  },
});
