// `tact simulate`: a synthetic lender run day by day through the real planner, policy
// engine, dispatcher, inbound and payments paths (docs/simulate.md). Progress: bars on
// a terminal (seeding, then days), else lines on stderr (seeding every 10 %, each day). The report (text, or --json)
// on stdout and, with --out DIR, in DIR/simulation-report.{txt,json,csv}. Exit 0 done,
// 2 invalid input, 3 store fault.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import cliProgress from 'cli-progress';
import type { DayProgress, SimulationDeps } from '../app/simulate/run-simulation.js';
import { runSimulation } from '../app/simulate/run-simulation.js';
import { buildSimulationReport } from '../app/simulate/simulation-report.js';
import { failure, type TactFailure } from '../core/errors.js';
import { tenantId } from '../core/model/ids.js';
import type { Result } from '../core/result.js';
import { defaultAssumptions } from '../core/simulate/simulation-assumptions.js';
import type { CliIo } from './cli-io.js';
import type { Command, ExitCode } from './command.js';
import { printFailures } from './print-failures.js';
import { parseSimulateOptions } from './simulate-options.js';
import { reportCsv } from './experiment-report-text.js';
import { formatSimulationReport, SYNTHETIC_BANNER, type RunParameters } from './simulation-report-text.js';

export interface OpenedSimulation {
  readonly deps: SimulationDeps;
  /** Where the store is, for the report (no credentials). */
  readonly where: string;
  readonly close: () => Promise<void>;
}

export interface SimulateCommandDeps {
  readonly open: (o: {
    readonly db: string | undefined;
    readonly cwd: string;
    readonly env: Readonly<Record<string, string | undefined>>;
    readonly idPrefix: string;
    readonly start: number;
    readonly receipts: boolean;
  }) => Promise<Result<OpenedSimulation, TactFailure>>;
}

const help = `tact simulate [--accounts N] [--days D] [--arms default,aggressive,gentle] [--seed S]
              [--pack cn|us-regf] [--db URL] [--out DIR] [--start YYYY-MM-DD]
              [--plant ARM:SHARE] [--plant-complaints ARM:SHARE] [--tenant ID]
              [--no-guardrails] [--receipts] [--json]

${SYNTHETIC_BANNER}.
Builds a synthetic lender (seeded: the same seed gives the same run) and runs it day by
day on a simulated clock through the real planner, policy engine, dispatcher and the
in-process SMS centre. Borrowers pay, reply STOP, complain or dispute with chances that
depend on the hour, tone and frequency of what they are sent; contacts confirm, refuse
or opt out. The arms are versions of one strategy, assigned by the real experiment.
Prints, per arm, cure rates with 95% intervals, recovery, messages, third-party
contacts, opt-outs, complaints and disputes per 1,000 accounts, SMS cost and what the
policy engine blocked, under a header listing every assumption (docs/simulate.md).

  --accounts N     synthetic accounts, 1–1000000 (default 1000)
  --days D         simulated days, 1–365 (default 30)
  --arms LIST      arms from default, aggressive, gentle; the first is the control
  --seed S         0–4294967295 (default 1)
  --pack P         cn (default) or us-regf
  --db URL         sqlite:PATH or postgres://… (default: a temporary SQLite file, removed at the end)
  --out DIR        also write DIR/simulation-report.txt, .json and .csv
  --start DATE     day 0 (default 2026-12-07)
  --plant A:S      plant a known effect: a share S of arm A's accounts pay within 7 days
  --plant-complaints A:S
                   build arm A (not the control) to draw complaints: a share S of its
                   borrowers complain about the first message they get
  --tenant ID      tenant id in the store (default "simulation")
  --no-guardrails  give the experiment no guardrails (by default it has the default ones:
                   the planner's daily look stops an arm with too many complaints or opt-outs)
  --receipts       simulate delivery receipts too (slower; off by default)
  --json           print the report as JSON
`;

interface Progress {
  readonly seed: (written: number, total: number) => void;
  readonly update: (p: DayProgress) => void;
  readonly stop: () => void;
}

const progress = (io: CliIo, days: number): Progress => {
  if (!io.isTty) {
    let shown = 0;
    return {
      seed: (n, total) => {
        if (n < total && n < shown + total / 10) return;
        shown = n;
        io.stderr(`seeded ${n}/${total} accounts\n`);
      },
      update: (p) => io.stderr(`simulated day ${p.day}/${p.days} (${p.date}): ${p.overdue} overdue, ${p.planned} planned, ${p.sent} sent so far, ${p.paid} paid so far\n`),
      stop: () => undefined,
    };
  }
  const stream = { isTTY: true, columns: 100, write: (x: string) => (io.stderr(x), true) } as unknown as NodeJS.WriteStream;
  const barOf = (format: string) => new cliProgress.SingleBar({ stream, format, hideCursor: true }, cliProgress.Presets.shades_classic);
  const seeding = barOf('seeding    [{bar}] {value}/{total} accounts | ETA {eta_formatted}');
  const simulating = barOf('simulating [{bar}] day {value}/{total} | {sent} sent, {paid} paid | ETA {eta_formatted}');
  let phase: 'idle' | 'seeding' | 'days' = 'idle';
  const toDays = (): void => {
    if (phase === 'days') return;
    if (phase === 'seeding') seeding.stop();
    phase = 'days';
    simulating.start(days, 0, { sent: 0, paid: 0 });
  };
  return {
    seed: (n, total) => {
      if (phase === 'idle') {
        phase = 'seeding';
        seeding.start(total, 0);
      }
      seeding.update(n);
      if (n >= total) toDays();
    },
    update: (p) => {
      toDays();
      simulating.update(p.day, { sent: p.sent, paid: p.paid });
    },
    stop: () => (phase === 'seeding' ? seeding.stop() : phase === 'days' ? simulating.stop() : undefined),
  };
};

export const createSimulateCommand = (deps: SimulateCommandDeps): Command => ({
  name: 'simulate',
  summary: 'run a SYNTHETIC lender through the real planner and dispatcher; compare strategy arms',
  help,
  run: async (args, io): Promise<ExitCode> => {
    const parsed = parseSimulateOptions(args);
    if (!parsed.ok) {
      printFailures(io, parsed.error);
      return 2;
    }
    const o = parsed.value;
    const opened = await deps.open({ db: o.db, cwd: io.cwd, env: io.env, idPrefix: `${o.tenant}-${o.seed}-`, start: Date.parse(`${o.start}T00:00:00Z`), receipts: o.receipts });
    if (!opened.ok) {
      printFailures(io, [opened.error]);
      return 2;
    }
    const { deps: simDeps, close } = opened.value;
    const bar = progress(io, o.days);
    try {
      if ((await simDeps.store.getTenant(tenantId(o.tenant))) !== undefined) {
        printFailures(io, [failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: '--tenant', message: `Tenant ${o.tenant} already exists in this database; pass another --tenant or a fresh --db.` })]);
        return 2;
      }
      const run = await runSimulation(simDeps, {
        accounts: o.accounts, days: o.days, arms: o.arms, seed: o.seed, pack: o.pack, assumptions: defaultAssumptions, startDate: o.start,
        tenant: tenantId(o.tenant), guardrails: o.guardrails, onSeed: bar.seed, onDay: bar.update,
        ...(o.planted === undefined ? {} : { planted: o.planted }), ...(o.plantedComplaints === undefined ? {} : { plantedComplaints: o.plantedComplaints }),
      });
      bar.stop();
      const report = buildSimulationReport(run, o.arms, o.days, defaultAssumptions);
      const header: RunParameters = {
        pack: o.pack, accounts: o.accounts, days: o.days, start: o.start, seed: o.seed, arms: o.arms,
        planted: o.planted === undefined ? 'none' : `${o.planted.arm}:${o.planted.share}`,
        plantedComplaints: o.plantedComplaints === undefined ? 'none' : `${o.plantedComplaints.arm}:${o.plantedComplaints.share}`,
        guardrails: o.guardrails,
      };
      const text = formatSimulationReport(header, report);
      const json = `${JSON.stringify({ banner: SYNTHETIC_BANNER, ...header, store: opened.value.where, report, plannerReasons: run.planBlockedByReason })}\n`;
      io.stdout(o.json ? json : text);
      if (o.out !== undefined) {
        const dir = resolve(io.cwd, o.out);
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, 'simulation-report.txt'), text);
        writeFileSync(join(dir, 'simulation-report.json'), json);
        writeFileSync(join(dir, 'simulation-report.csv'), reportCsv(report.experiment));
      }
      return 0;
    } catch (e) {
      bar.stop();
      io.stderr(`TACT_ERR_STORE_UNAVAILABLE: the simulation stopped: ${(e as Error).message}\n`);
      return 3;
    } finally {
      await close();
    }
  },
});
