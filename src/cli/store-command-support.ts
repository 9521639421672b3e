// Shared by the commands that open the store: open it, run, always close, and turn
// configuration failures and TactErrors into printed codes and exit codes.
import type { StoreHandle } from '../app/ports/store.js';
import type { OpenStore } from '../app/ports/store-opener.js';
import { TactError, errorSpec, failure } from '../core/errors.js';
import type { CliIo } from './cli-io.js';
import type { ExitCode } from './command.js';
import { printFailures } from './print-failures.js';

/** Exit 2 for configuration mistakes, 3 for faults (database unavailable, not migrated). */
export const withStore = async (
  openStore: OpenStore,
  args: readonly string[],
  io: CliIo,
  fn: (handle: StoreHandle) => Promise<ExitCode>,
): Promise<ExitCode> => {
  let handle: StoreHandle | undefined;
  try {
    const opened = await openStore({ args, env: io.env, cwd: io.cwd, warn: (line) => io.stderr(`${line}\n`) });
    if (!opened.ok) {
      printFailures(io, [opened.error]);
      return 2;
    }
    handle = opened.value;
    return await fn(handle);
  } catch (e) {
    if (!(e instanceof TactError)) throw e;
    printFailures(io, [{ ...failure(e.code), message: e.message, hint: errorSpec(e.code).hint }]);
    return 3;
  } finally {
    await handle?.close();
  }
};

/** Removes `--db URL` / `--db=URL` so the remaining arguments can be checked. */
export const withoutDbOption = (args: readonly string[]): readonly string[] => {
  const out: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const a = args[i] ?? '';
    if (a === '--db') i += 1;
    else if (!a.startsWith('--db=')) out.push(a);
  }
  return out;
};
