import type { TactFailure } from '../core/errors.js';
import type { CliIo } from './cli-io.js';

/** One line per failure on stderr: `CODE at WHERE: message — hint`. */
export const printFailures = (io: CliIo, failures: readonly TactFailure[]): void => {
  for (const f of failures) {
    const where = [f.line === undefined ? '' : `line ${f.line}`, f.path ?? ''].filter((s) => s !== '').join(', ');
    io.stderr(`${f.code}${where === '' ? '' : ` at ${where}`}: ${f.message} — ${f.hint}\n`);
  }
};
