// `tact smsc`: runs the bundled SMSC simulator (an SMPP 3.4 server) until SIGINT/SIGTERM.
// A TEST/DEMO TOOL: its log file holds whole message texts, one-time codes included.
// The server itself comes through deps (built in src/main/), since cli/ may not import adapters.
import { failure, TactError, type TactFailure } from '../core/errors.js';
import type { CliIo } from './cli-io.js';
import type { Command, ExitCode } from './command.js';
import { printFailures } from './print-failures.js';

const behaviours = ['throttled', 'queue_full', 'both'] as const;
const forms = ['both', 'tlv', 'text'] as const;

/** What the command asks of the simulator (a subset of its options). */
export interface SmscRunOptions {
  readonly port: number;
  readonly host: string;
  readonly systemId: string;
  readonly password: string;
  readonly logFile: string;
  readonly throttleRate: number;
  readonly throttleStatus: (typeof behaviours)[number];
  readonly undeliverable: readonly string[];
  readonly rejected: readonly string[];
  readonly receiptDelayMs: number;
  readonly receiptForm: (typeof forms)[number];
  readonly tls?: { readonly key: string; readonly cert: string };
}

export interface RunningSmsc {
  readonly host: string;
  readonly port: number;
  stats(): object;
  close(): Promise<void>;
}

export interface SmscCommandDeps {
  readonly startSmsc: (options: SmscRunOptions) => Promise<RunningSmsc>;
  /** Resolves when the simulator should stop (SIGINT/SIGTERM). */
  readonly untilStopped: () => Promise<void>;
  readonly readTextFile: (path: string) => string;
}

const help = `Usage: tact smsc [options]

Runs the bundled SMSC simulator: an SMPP 3.4 server for tests and demos. It binds one
account, answers submit_sm, reassembles long messages, sends delivery receipts and logs
every complete message as a JSON line. The log holds whole texts (one-time codes too):
use it only with test traffic. Stop with Ctrl-C; it prints its counters.

Options:
  --port N                 TCP port (default 2775; 0 picks a free one)
  --host ADDR              address to listen on (default 127.0.0.1)
  --system-id ID           account system_id (default tact)
  --password PW            account password, at most 8 characters (default secret)
  --log FILE               JSON Lines message log (default smsc-messages.jsonl)
  --throttle-rate R        share of submits answered with a throttling status, 0–1 (default 0)
  --throttle-status S      throttled | queue_full | both (default both)
  --undeliverable N[,N…]   E.164 numbers whose receipts say stat:UNDELIV
  --reject N[,N…]          E.164 numbers answered ESME_RINVDSTADR
  --receipt-delay MS       delay before each delivery receipt (default 0)
  --receipt-form F         both | tlv | text: what receipts carry (default both)
  --tls-key FILE --tls-cert FILE   serve SMPP over TLS (ssmpp://)

Connect with smpp://SYSTEM_ID:PASSWORD@HOST:PORT.
`;

const valued = ['--port', '--host', '--system-id', '--password', '--log', '--throttle-rate', '--throttle-status',
  '--undeliverable', '--reject', '--receipt-delay', '--receipt-form', '--tls-key', '--tls-cert'];

const parse = (args: readonly string[], io: CliIo, deps: SmscCommandDeps): SmscRunOptions | TactFailure => {
  const bad = (path: string, message?: string): TactFailure =>
    failure('TACT_ERR_CLI_BAD_ARGUMENT', message === undefined ? { path } : { path, message });
  const v = new Map<string, string>();
  for (let i = 0; i < args.length; i += 1) {
    const a = args[i] as string;
    const value = args[i + 1];
    if (!valued.includes(a) || value === undefined) return bad(a);
    v.set(a, value);
    i += 1;
  }
  const port = Number(v.get('--port') ?? '2775');
  if (!Number.isInteger(port) || port < 0 || port > 65535) return bad('--port');
  const throttleRate = Number(v.get('--throttle-rate') ?? '0');
  if (!(throttleRate >= 0 && throttleRate <= 1)) return bad('--throttle-rate');
  const receiptDelayMs = Number(v.get('--receipt-delay') ?? '0');
  if (!Number.isInteger(receiptDelayMs) || receiptDelayMs < 0) return bad('--receipt-delay');
  const throttleStatus = v.get('--throttle-status') ?? 'both';
  if (!(behaviours as readonly string[]).includes(throttleStatus)) return bad('--throttle-status');
  const receiptForm = v.get('--receipt-form') ?? 'both';
  if (!(forms as readonly string[]).includes(receiptForm)) return bad('--receipt-form');
  const password = v.get('--password') ?? 'secret';
  if (password.length > 8) return bad('--password', 'An SMPP password has at most 8 characters.');
  const numbers = (key: string): string[] | undefined => {
    const list = (v.get(key) ?? '').split(',').filter((n) => n !== '');
    return list.every((n) => /^\+[1-9]\d{5,14}$/.test(n)) ? list : undefined;
  };
  const undeliverable = numbers('--undeliverable');
  if (undeliverable === undefined) return bad('--undeliverable', 'Numbers must be E.164 (+ and digits), comma-separated.');
  const rejected = numbers('--reject');
  if (rejected === undefined) return bad('--reject', 'Numbers must be E.164 (+ and digits), comma-separated.');
  const keyFile = v.get('--tls-key');
  const certFile = v.get('--tls-cert');
  if ((keyFile === undefined) !== (certFile === undefined)) return bad(keyFile === undefined ? '--tls-key' : '--tls-cert');
  let tls: { key: string; cert: string } | undefined;
  if (keyFile !== undefined && certFile !== undefined) {
    try {
      tls = { key: deps.readTextFile(keyFile), cert: deps.readTextFile(certFile) };
    } catch {
      return failure('TACT_ERR_CLI_FILE_UNREADABLE', { path: '--tls-key/--tls-cert' });
    }
  }
  const log = v.get('--log') ?? 'smsc-messages.jsonl';
  return {
    port,
    host: v.get('--host') ?? '127.0.0.1',
    systemId: v.get('--system-id') ?? 'tact',
    password,
    logFile: log.startsWith('/') ? log : `${io.cwd}/${log}`,
    throttleRate,
    throttleStatus: throttleStatus as SmscRunOptions['throttleStatus'],
    undeliverable,
    rejected,
    receiptDelayMs,
    receiptForm: receiptForm as SmscRunOptions['receiptForm'],
    ...(tls === undefined ? {} : { tls }),
  };
};

export const smscCommand = (deps: SmscCommandDeps): Command => ({
  name: 'smsc',
  summary: 'Run the bundled SMSC simulator (SMPP server for tests and demos)',
  help,
  run: async (args, io): Promise<ExitCode> => {
    const options = parse(args, io, deps);
    if ('code' in options) {
      printFailures(io, [options]);
      return 2;
    }
    let smsc: RunningSmsc;
    try {
      smsc = await deps.startSmsc(options);
    } catch (e) {
      if (!(e instanceof TactError)) throw e;
      printFailures(io, [failure(e.code, { message: e.message, path: '--port' })]);
      return 1;
    }
    const scheme = options.tls === undefined ? 'smpp' : 'ssmpp';
    io.stdout(
      `SMSC simulator listening on ${scheme}://${options.systemId}:…@${smsc.host}:${smsc.port}\n` +
        `Logging complete messages to ${options.logFile} (test tool: the log holds message texts).\n`,
    );
    await deps.untilStopped();
    await smsc.close();
    io.stdout(`${JSON.stringify({ smsc: 'stopped', ...smsc.stats() })}\n`);
    return 0;
  },
});
