// `--name value` options of the evidence, rights and retention commands: known names
// only, each at most once; flags (no value) listed apart. Returns the failure to print.
import { failure, type TactFailure } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';

export const parseOptions = (
  args: readonly string[],
  valued: readonly string[],
  flags: readonly string[] = [],
): Result<{ readonly values: ReadonlyMap<string, string>; readonly flags: ReadonlySet<string>; readonly positional: readonly string[] }, TactFailure> => {
  const values = new Map<string, string>();
  const seen = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const a = args[i]!;
    if (flags.includes(a)) seen.add(a);
    else if (valued.includes(a)) {
      const v = args[i + 1];
      if (v === undefined || v === '' || values.has(a)) return err(failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: a }));
      values.set(a, v);
      i += 1;
    } else if (a.startsWith('--')) return err(failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: a }));
    else positional.push(a);
  }
  return ok({ values, flags: seen, positional });
};
