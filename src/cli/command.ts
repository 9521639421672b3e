import type { CliIo } from './cli-io.js';

/** Exit codes: 0 done, 1 a check failed (e.g. audit chain broken), 2 invalid input. */
export type ExitCode = 0 | 1 | 2 | 3;

export interface Command {
  readonly name: string;
  /** One line for `tact --help`. */
  readonly summary: string;
  /** Full text for `tact <name> --help`. */
  readonly help: string;
  readonly run: (args: readonly string[], io: CliIo) => Promise<ExitCode>;
}
