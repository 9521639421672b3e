// `tact dispatch`: claims due messages, re-decides them, sends them and records the
// answers (docs/dispatcher.md). Adapters (store, transport) come through deps.
import type { DispatcherDeps } from '../app/dispatch/dispatcher.js';
import type { StoreHandle } from '../app/ports/store.js';
import type { OpenStore } from '../app/ports/store-opener.js';
import { failure } from '../core/errors.js';
import { tenantId } from '../core/model/ids.js';
import { DispatchJob } from '../jobs/dispatch-job.js';
import type { CliIo } from './cli-io.js';
import type { Command, ExitCode } from './command.js';
import { printFailures } from './print-failures.js';
import { withStore } from './store-command-support.js';

export interface OpenedTransport {
  readonly deps: Omit<DispatcherDeps, 'store'>;
  /** What it connected to, for the start line (no credentials). */
  readonly describe: string;
  close(): Promise<void>;
}

export interface DispatchCommandDeps {
  readonly openStore: OpenStore;
  /** `--smpp URL` / TACT_SMPP_URL, else the bundled SMSC started in-process (demo). */
  readonly openTransport: (handle: StoreHandle, smppUrl: string | undefined) => Promise<OpenedTransport>;
  /** Registers the stop handler for SIGINT/SIGTERM. */
  readonly onStopSignal: (stop: () => void) => void;
}

export interface DispatchArgs {
  readonly once: boolean;
  readonly concurrency: number;
  readonly smpp?: string;
  readonly tenant?: string;
}

const help = `Usage: tact dispatch [--once] [--concurrency N] [--tenant ID] [--db URL] [--smpp URL]

Claims due planned messages, re-decides each with fresh context (policy engine), sends
the allowed ones and records sent / failed / retry / unknown. Runs until SIGTERM or,
with --once, until nothing is due. On SIGTERM it stops claiming, finishes the sends in
flight, records them and exits 0.

Options:
  --once            exit when nothing is due now
  --concurrency N   sends in flight at most (default 32)
  --tenant ID       only this tenant (default every tenant)
  --db URL          sqlite:PATH or postgres://… (default TACT_DB, else sqlite:./tact.db)
  --smpp URL        smpp://USER:PASS@HOST:PORT (default TACT_SMPP_URL, else the bundled
                    SMSC started in this process: a demo, nothing leaves the machine)
`;

export const parseDispatchArgs = (args: readonly string[], env: CliIo['env']): DispatchArgs | string => {
  let once = false;
  let concurrency = 32;
  let smpp = env['TACT_SMPP_URL'];
  let tenant: string | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const a = args[i] ?? '';
    const v = args[i + 1];
    if (a === '--once') once = true;
    else if (a === '--db') i += 1;
    else if (a.startsWith('--db=')) continue;
    else if (a === '--concurrency' && v !== undefined && /^[1-9]\d{0,3}$/.test(v)) (concurrency = Number(v)), (i += 1);
    else if (a === '--smpp' && v !== undefined) (smpp = v), (i += 1);
    else if (a === '--tenant' && v !== undefined) (tenant = v), (i += 1);
    else return a;
  }
  return { once, concurrency, ...(smpp === undefined || smpp === '' ? {} : { smpp }), ...(tenant === undefined ? {} : { tenant }) };
};

export const createDispatchCommand = (deps: DispatchCommandDeps): Command => ({
  name: 'dispatch',
  summary: 'Send due messages (re-decided at send time)',
  help,
  run: async (args, io): Promise<ExitCode> => {
    const parsed = parseDispatchArgs(args, io.env);
    if (typeof parsed === 'string') {
      printFailures(io, [failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: parsed })]);
      return 2;
    }
    return withStore(deps.openStore, args, io, async (handle) => {
      await handle.assertMigrated();
      const transport = await deps.openTransport(handle, parsed.smpp);
      try {
        io.stderr(`dispatching through ${transport.describe}${parsed.once ? ' (once)' : ''}\n`);
        const job = new DispatchJob(
          { ...transport.deps, store: handle.store },
          {
            once: parsed.once, worker: `dispatch-${Date.now().toString(36)}`, concurrency: parsed.concurrency,
            ...(parsed.tenant === undefined ? {} : { tenants: [tenantId(parsed.tenant)] }),
          },
        );
        deps.onStopSignal(() => job.stop());
        const counts = await job.run();
        io.stdout(`${JSON.stringify(counts)}\n`);
        return 0;
      } finally {
        await transport.close();
      }
    });
  },
});
