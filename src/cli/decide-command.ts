// `tact decide [FILE|-] [--explain]`: one JSON request in (a file, or standard input
// when FILE is "-" or absent), the decision out as JSON. Exit 0 whatever the decision,
// 2 on invalid input (each failure with its code and JSON path on stderr).
import { readInputText } from './read-input.js';
import { failure } from '../core/errors.js';
import { parseDecisionRequestJson } from '../core/model/parse-decision-request.js';
import { cachedPolicy, zoneFailures } from '../core/policy/decide-request.js';
import { decide } from '../core/policy/decide.js';
import { explainDecision, explanationText } from '../core/policy/explain-decision.js';
import { prepareRequest } from '../core/policy/prepare-request.js';
import type { CliIo } from './cli-io.js';
import type { Command, ExitCode } from './command.js';
import { printFailures } from './print-failures.js';

const help = `Usage: tact decide [FILE|-] [--explain]

Reads one decision request (JSON, see docs/decide.md) from FILE, or from standard input
when FILE is "-" or absent, and prints the decision as JSON:
  { "allowed": …, "violations": [{ rule, reason, level, message, citation }], "earliestAllowedAt": … }

  --explain   print the same decision for a person instead: each rule with pass/fail,
              the local time in each of the person's zones, counters against limits.

Exit status: 0 whatever the decision; 2 when the input is invalid (each error code and
the JSON path of the bad field on stderr). Rules and parameters: docs/policy.md.
`;

const run = async (args: readonly string[], io: CliIo): Promise<ExitCode> => {
  const explain = args.includes('--explain');
  const rest = args.filter((a) => a !== '--explain');
  const unknown = rest.filter((a) => a.startsWith('--'));
  if (unknown.length > 0 || rest.length > 1) {
    printFailures(io, [failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: unknown[0] ?? rest[1] ?? '' })]);
    return 2;
  }
  const file = rest[0] ?? '-';
  const text = await readInputText(io, file);
  if (!text.ok) {
    printFailures(io, text.error);
    return 2;
  }
  const parsed = parseDecisionRequestJson(text.value);
  if (!parsed.ok) {
    printFailures(io, parsed.error);
    return 2;
  }
  const request = parsed.value;
  const policy = cachedPolicy(request);
  const bad = policy.ok ? zoneFailures(request) : policy.error;
  if (!policy.ok || bad.length > 0) {
    printFailures(io, bad);
    return 2;
  }
  const prepared = prepareRequest(request);
  if (explain) io.stdout(explanationText(explainDecision(prepared, policy.value)));
  else io.stdout(`${JSON.stringify(decide(prepared, policy.value), null, 2)}\n`);
  return 0;
};

export const decideCommand: Command = {
  name: 'decide',
  summary: 'Decide whether one proposed contact is allowed now, why not, and from when.',
  help,
  run,
};
