// `tact serve`: the web server alone (console, portal, API, /docs) over an existing,
// migrated database — the production shape, beside `tact run` for planning and sending.
// It refuses an un-migrated database (TACT_ERR_STORE_NOT_MIGRATED: run `tact migrate`),
// and stops cleanly on SIGTERM/SIGINT: in-flight requests finish, then the store closes.
import type { StoreHandle } from '../app/ports/store.js';
import type { OpenStore } from '../app/ports/store-opener.js';
import { failure, type TactFailure } from '../core/errors.js';
import type { Result } from '../core/result.js';
import type { CliIo } from './cli-io.js';
import type { Command, ExitCode } from './command.js';
import { printFailures } from './print-failures.js';
import { withStore } from './store-command-support.js';

export interface ServeRequest {
  readonly host: string;
  readonly port: number;
  readonly env: CliIo['env'];
  readonly cwd: string;
}

export interface ServingServer {
  readonly url: string;
  /** Stops accepting, lets in-flight requests finish, closes the server's own resources. */
  close(): Promise<void>;
}

export interface ServeCommandDeps {
  readonly openStore: OpenStore;
  readonly listen: (handle: StoreHandle, request: ServeRequest, args: readonly string[]) => Promise<Result<ServingServer, TactFailure>>;
  readonly untilStopped: () => Promise<void>;
}

const help = `Usage: tact serve [--db URL] [--port N] [--host ADDR]

Runs the web server: console, portal, REST API (/v1) and its OpenAPI page (/docs), until
SIGTERM/SIGINT. The database must be migrated (tact migrate). Planning and sending run in
\`tact run\`; \`tact start\` runs everything at once with demo data.

Options (environment variable in brackets):
  --db URL       sqlite:PATH or postgres://… [TACT_DB; default sqlite:./tact.db]
  --port N       HTTP port [TACT_PORT; default 8080]
  --host ADDR    address to listen on [TACT_HOST; default 127.0.0.1]

Environment: TACT_COOKIE_SECRET (32+ characters; default a 0600 file tact-cookie.secret in
the data directory, created on first run), TACT_PUBLIC_URL (the address people use, when
behind a proxy), TACT_SMPP_URL (sends portal one-time codes; without it those answer
"unavailable"), TACT_MASTER_KEY as for every command.
`;

export const createServeCommand = (deps: ServeCommandDeps): Command => ({
  name: 'serve',
  summary: 'Run the web server (console, portal, API) over a migrated database',
  help,
  run: async (args, io): Promise<ExitCode> => {
    let port = io.env['TACT_PORT'] ?? '8080';
    let host = io.env['TACT_HOST'] ?? '127.0.0.1';
    for (let i = 0; i < args.length; i += 1) {
      const a = args[i] ?? '';
      const v = args[i + 1];
      if (a === '--db' && v !== undefined) i += 1;
      else if (a.startsWith('--db=')) continue;
      else if (a === '--port' && v !== undefined) (port = v), (i += 1);
      else if (a === '--host' && v !== undefined) (host = v), (i += 1);
      else {
        printFailures(io, [failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: a })]);
        return 2;
      }
    }
    if (!/^\d{1,5}$/.test(port) || Number(port) > 65_535) {
      printFailures(io, [failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: '--port' })]);
      return 2;
    }
    return withStore(deps.openStore, args, io, async (handle) => {
      await handle.assertMigrated();
      const server = await deps.listen(handle, { host, port: Number(port), env: io.env, cwd: io.cwd }, args);
      if (!server.ok) {
        printFailures(io, [server.error]);
        return 2;
      }
      io.stdout(`tact serve: listening on ${server.value.url} (console /console, API docs /docs); stop with SIGTERM or Ctrl-C\n`);
      await deps.untilStopped();
      await server.value.close();
      io.stderr('tact serve: stopped cleanly\n');
      return 0;
    });
  },
});
