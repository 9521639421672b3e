import type { CliIo } from '../../src/cli/cli-io.js';

export interface MemoryIo extends CliIo {
  readonly out: () => string;
  readonly err: () => string;
}

/** A CliIo that records what a command prints; stdin is the given text. */
export const memoryIo = (stdin = '', env: Record<string, string | undefined> = {}, cwd = process.cwd()): MemoryIo => {
  let out = '';
  let err = '';
  return {
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
    readStdin: async () => stdin,
    env,
    cwd,
    isTty: false,
    out: () => out,
    err: () => err,
  };
};
