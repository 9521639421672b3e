// tact retention --dry-run|--apply [--tenant ID] [--set-days N] [--db URL]
import cliProgress from 'cli-progress';
import { runRetention, type RetentionReport } from '../app/retention/run-retention.js';
import type { OpenStore } from '../app/ports/store-opener.js';
import { failure } from '../core/errors.js';
import { tenantId } from '../core/model/ids.js';
import { checkRetentionDays } from '../core/retention/retention-policy.js';
import type { CliIo } from './cli-io.js';
import { parseOptions } from './cli-options.js';
import type { Command } from './command.js';
import { printFailures } from './print-failures.js';
import { withStore, withoutDbOption } from './store-command-support.js';

const help = `Usage: tact retention (--dry-run | --apply) [--tenant ID] [--set-days N] [--db URL]

Removes personal data older than the tenant's retention period: message texts and
addresses, reply texts, details of resolved complaints, people with no open account and
no activity since the cutoff (erased, not suppressed), and the pseudonymised rows kept
after erasures. --dry-run prints what it would remove (counts by table, no personal
data); --apply removes it and writes an audit event per step.
--set-days N stores the tenant's period first (never below the pack's legal minimum:
us-regf 1096 days, 12 CFR 1006.100). Without a setting, the pack's default applies.
Without --tenant, every tenant. See docs/evidence.md.

Exit codes: 0 done, 2 bad option or period too short, 3 database fault.
`;

export interface RetentionCommandDeps {
  readonly openStore: OpenStore;
  readonly now: () => number;
}

const bar = (io: CliIo) => {
  if (!io.isTty) return { step: () => undefined, stop: () => undefined };
  const stream = { isTTY: true, columns: 100, write: (x: string) => (io.stderr(x), true) } as unknown as NodeJS.WriteStream;
  const b = new cliProgress.SingleBar({ stream, format: 'retention [{bar}] {value}/{total} steps | {step}', hideCursor: true }, cliProgress.Presets.shades_classic);
  let started = false;
  return {
    step: (step: string, done: number, total: number) => {
      if (!started) b.start(total, 0, { step });
      started = true;
      b.update(done, { step });
    },
    stop: () => started && b.stop(),
  };
};

const print = (io: CliIo, r: RetentionReport): void => {
  io.stdout(`tenant ${r.tenant}: ${r.applied ? 'removed' : 'would remove (dry run)'}; retention ${r.retentionDays} days ` +
    `(legal minimum ${r.legalMinimumDays}: ${r.citation}); cutoff ${new Date(r.cutoff).toISOString()}\n`);
  for (const [k, v] of Object.entries(r.counts)) io.stdout(`  ${k.padEnd(30)} ${v}\n`);
};

export const createRetentionCommand = (deps: RetentionCommandDeps): Command => ({
  name: 'retention',
  summary: 'Remove personal data past the retention period (--dry-run first).',
  help,
  run: async (args, io) => {
    const parsed = parseOptions(withoutDbOption(args), ['--tenant', '--set-days'], ['--dry-run', '--apply']);
    if (!parsed.ok) return (printFailures(io, [parsed.error]), 2);
    const { values, flags, positional } = parsed.value;
    if (positional.length > 0 || flags.has('--dry-run') === flags.has('--apply')) {
      printFailures(io, [failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: positional[0] ?? '--dry-run/--apply' })]);
      return 2;
    }
    const setDays = values.get('--set-days');
    return withStore(deps.openStore, args, io, async (handle) => {
      await handle.assertMigrated();
      const store = handle.store;
      const all = await store.listTenantIds();
      const t = values.get('--tenant');
      if (t !== undefined && !all.includes(tenantId(t))) return (printFailures(io, [failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: '--tenant' })]), 2);
      const tenants = t === undefined ? all : [tenantId(t)];
      for (const tenant of tenants) {
        if (setDays !== undefined) {
          const pack = (await store.getTenant(tenant))!.pack;
          const ok = checkRetentionDays(pack, Number(setDays), '--set-days');
          if (!ok.ok) return (printFailures(io, ok.error), 2);
          await store.setRetentionDays(tenant, ok.value, 'cli:retention');
        }
        const progress = bar(io);
        const report = await runRetention(store, tenant, { apply: flags.has('--apply'), now: deps.now(), actor: 'cli:retention', onStep: progress.step });
        progress.stop();
        if (report !== undefined) print(io, report);
      }
      return 0;
    });
  },
});
