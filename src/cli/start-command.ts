// `tact start` (what `npm start` runs): the whole platform in one process on an embedded
// SQLite file — migrations, the demo book on an empty database, the bundled SMSC
// simulator, the planner and dispatcher, the web server — then a banner with the URLs,
// the demo sign-ins and the SMSC log. Ctrl-C stops everything. The work is done by deps
// (src/main/start-platform.ts), since cli/ may not import adapters.
import { isAbsolute, join, resolve } from 'node:path';
import type { DemoLogin, DemoSummary } from '../app/demo/seed-demo.js';
import { failure, type TactFailure } from '../core/errors.js';
import type { Result } from '../core/result.js';
import type { CliIo } from './cli-io.js';
import type { Command, ExitCode } from './command.js';
import { printFailures } from './print-failures.js';

export interface StartRequest {
  readonly db: string;
  readonly dataDir: string;
  readonly host: string;
  readonly port: number;
  readonly smscPort: number;
  readonly env: CliIo['env'];
  readonly cwd: string;
  readonly warn: (line: string) => void;
}

export interface StartedPlatform {
  /** Where the server listens, http://HOST:PORT. */
  readonly url: string;
  readonly smscLogFile: string;
  readonly smppUrl: string;
  readonly seeded?: DemoSummary;
  readonly logins: readonly DemoLogin[];
  readonly exampleCode?: { readonly code: string };
  stop(): Promise<void>;
}

export interface StartCommandDeps {
  readonly startPlatform: (request: StartRequest) => Promise<Result<StartedPlatform, TactFailure>>;
  /** Resolves when the platform should stop (SIGINT/SIGTERM). */
  readonly untilStopped: () => Promise<void>;
  /** Epoch ms, for the "ready in" line. */
  readonly now: () => number;
}

const help = `Usage: tact start [--data-dir DIR] [--db URL] [--port N] [--host ADDR] [--smsc-port N]

Runs the whole platform in one process, for a first look and for demos: migrates the
database, loads demo data when it is empty (a cn and a us-regf tenant with a few hundred
overdue accounts, borrowers and emergency contacts, the default strategy and templates,
today's plan), starts the bundled SMSC simulator (SMPP; nothing leaves the machine), the
planner and the dispatcher, and the web server (console, portal, API, /docs). Prints the
URLs, the demo sign-ins and the SMSC log (it holds every text, one-time codes included).
A second start reuses the data. Stop with Ctrl-C.

Options (environment variable in brackets):
  --data-dir DIR   key files, SMSC log, default database [TACT_DATA_DIR; default ./tact-demo]
  --db URL         sqlite:PATH or postgres://… [TACT_DB; default sqlite:DIR/tact.db]
  --port N         HTTP port [TACT_PORT; default 8080; 0 picks a free one]
  --host ADDR      address to listen on [TACT_HOST; default 127.0.0.1]
  --smsc-port N    SMPP port of the simulator [TACT_SMSC_PORT; default 0, a free one]
`;

const portOf = (text: string | undefined, fallback: number): number | undefined => {
  if (text === undefined || text.trim() === '') return fallback;
  return /^\d{1,5}$/.test(text.trim()) && Number(text) <= 65_535 ? Number(text) : undefined;
};

type Parsed = StartRequest | TactFailure;

const parse = (args: readonly string[], io: CliIo): Parsed => {
  const v = new Map<string, string>();
  for (let i = 0; i < args.length; i += 1) {
    const a = args[i] ?? '';
    const value = args[i + 1];
    if (!['--data-dir', '--db', '--port', '--host', '--smsc-port'].includes(a) || value === undefined) return failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: a });
    v.set(a, value);
    i += 1;
  }
  const dir = v.get('--data-dir') ?? io.env['TACT_DATA_DIR'] ?? 'tact-demo';
  const dataDir = isAbsolute(dir) ? dir : resolve(io.cwd, dir);
  const port = portOf(v.get('--port') ?? io.env['TACT_PORT'], 8080);
  if (port === undefined) return failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: v.has('--port') ? '--port' : 'TACT_PORT' });
  const smscPort = portOf(v.get('--smsc-port') ?? io.env['TACT_SMSC_PORT'], 0);
  if (smscPort === undefined) return failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: v.has('--smsc-port') ? '--smsc-port' : 'TACT_SMSC_PORT' });
  const envDb = io.env['TACT_DB']?.trim();
  return {
    db: v.get('--db') ?? (envDb === undefined || envDb === '' ? `sqlite:${join(dataDir, 'tact.db')}` : envDb),
    dataDir,
    host: v.get('--host') ?? io.env['TACT_HOST'] ?? '127.0.0.1',
    port,
    smscPort,
    env: io.env,
    cwd: io.cwd,
    warn: (line) => io.stderr(`${line}\n`),
  };
};

/** The banner: no phone number, no name; the example code is a message's, not a sign-in code. */
export const startBanner = (r: StartRequest, p: StartedPlatform, readyMs: number): string => {
  const lines = [`Tact is running (ready in ${(readyMs / 1000).toFixed(1)} s). Data: ${r.dataDir} (database ${r.db.replace(/\/\/[^@/]*@/, '//…@')}).`];
  if (p.seeded !== undefined) {
    const accounts = p.seeded.tenants.map((t) => `${t.accounts} in ${t.tenant}`).join(', ');
    const planned = p.seeded.tenants.reduce((n, t) => n + t.plan.planned, 0);
    const blocked = p.seeded.tenants.reduce((n, t) => n + t.plan.blocked, 0);
    lines.push(`Loaded demo data: ${accounts} overdue accounts; today's plan: ${planned} messages planned, ${blocked} blocked by the rules.`);
  } else lines.push('Reused the existing data (no demo data loaded). Delete the data directory to start afresh.');
  lines.push(
    '',
    `  Console   ${p.url}/console`,
    `  Portal    ${p.exampleCode === undefined ? `${p.url}/v/CODE  (no message has gone out yet: codes appear in the SMSC log below)` : `${p.url}/v/${p.exampleCode.code}  (the verification code of a message the SMSC received)`}`,
    `  API docs  ${p.url}/docs`,
    `  Health    ${p.url}/healthz`,
    '',
  );
  if (p.logins.length > 0) lines.push('  Console sign-ins (demo only):');
  for (const l of p.logins) lines.push(`    tenant ${l.tenant.padEnd(8)} login ${l.login.padEnd(6)} password ${l.password}  (${l.role})`);
  lines.push(
    '',
    `  SMSC log  ${p.smscLogFile}`,
    '            every SMS "sent" (nothing leaves this machine), one-time sign-in codes included: demo only',
    `  SMPP      ${p.smppUrl.replace(/:[^:@/]*@/, ':…@')}`,
    '',
    'Stop with Ctrl-C.',
  );
  return `${lines.join('\n')}\n`;
};

export const createStartCommand = (deps: StartCommandDeps): Command => ({
  name: 'start',
  summary: 'Run the whole platform with demo data (what npm start runs)',
  help,
  run: async (args, io): Promise<ExitCode> => {
    const request = parse(args, io);
    if ('code' in request) {
      printFailures(io, [request]);
      return 2;
    }
    const started = deps.now();
    io.stderr(`tact start: preparing ${request.dataDir} …\n`);
    const platform = await deps.startPlatform(request);
    if (!platform.ok) {
      printFailures(io, [platform.error]);
      return platform.error.code.startsWith('TACT_ERR_CONFIG_') || platform.error.code.startsWith('TACT_ERR_CLI_') ? 2 : 3;
    }
    io.stdout(startBanner(request, platform.value, deps.now() - started));
    await deps.untilStopped();
    io.stderr('tact start: stopping…\n');
    await platform.value.stop();
    io.stderr('tact start: stopped cleanly\n');
    return 0;
  },
});
