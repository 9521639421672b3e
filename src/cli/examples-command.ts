// `tact examples`: says what Tact is and decides the shipped example requests (examples/decide/*.json),
// one summary line each with the decision: allowed, or blocked with the rules and the
// earliest allowed instant, or rejected as invalid input with the error code and path.
import { readFile, readdir } from 'node:fs/promises';
import type { TactFailure } from '../core/errors.js';
import type { DecisionRequest } from '../core/model/decision-request.js';
import type { Decision } from '../core/model/decision.js';
import { parseDecisionRequestJson } from '../core/model/parse-decision-request.js';
import { decideRequest } from '../core/policy/decide-request.js';
import type { CliIo } from './cli-io.js';
import type { Command, ExitCode } from './command.js';

// src/cli and dist/cli are both two levels below the package root.
const examplesDir = new URL('../../examples/decide/', import.meta.url);

const intro = [
  'Tact — overdue-loan reminders and collection communication that recover money and',
  'leave borrowers\' emergency contacts alone unless the rules allow it.',
  '',
  'Every proposed contact (a call, a text, an e-mail…) goes through a pure policy engine:',
  'hours in every time zone the person may be in, call frequency per debt, third parties,',
  'opt-outs, cease and dispute states, holidays. A refusal names each rule, its level and',
  'its citation, and says from when the contact would be allowed (earliestAllowedAt).',
  '',
  '`npm start` runs the whole platform with demo data. Here is `tact decide` on the shipped',
  'examples in examples/decide/:',
  '',
];

/** One line about the request, without personal data (no number, no address). */
export const summarizeRequest = (r: DecisionRequest): string => {
  const zones = r.person.timeZones.length === 0 ? 'zone unknown' : r.person.timeZones.join(' + ');
  const who = r.contact.party === 'borrower' ? 'the borrower' : 'a third party';
  return `${r.pack} · ${r.contact.channel} to ${who} · ${r.contact.purpose} · ${r.at} · ${zones} · ${r.history.length} earlier events`;
};

const decisionLines = (d: Decision): string[] => {
  if (d.allowed) return ['→ allowed'];
  const when = d.earliestAllowedAt === null ? 'only a change of state can allow it' : `earliest allowed ${d.earliestAllowedAt}`;
  return [`→ blocked (${when})`, ...d.violations.map((v) => `    ${v.reason} — ${v.rule}, ${v.level}: ${v.message} [${v.citation}]`)];
};

const failureLines = (failures: readonly TactFailure[]): string[] => [
  '→ rejected as invalid input (tact decide exits 2)',
  ...failures.map((f) => `    ${f.code}${f.path === undefined ? '' : ` at ${f.path}`}: ${f.message}`),
];

const describeExample = (file: string, text: string): string[] => {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    raw = undefined;
  }
  // "description" is not part of the contract: the parser ignores it, the examples use it.
  const description = typeof raw === 'object' && raw !== null && 'description' in raw ? String(raw.description) : undefined;
  const parsed = parseDecisionRequestJson(text);
  const head = [`${file}`, ...(description === undefined ? [] : [`  ${description}`])];
  if (!parsed.ok) return [...head, ...failureLines(parsed.error).map((l) => `  ${l}`)];
  const decided = decideRequest(parsed.value);
  const result = decided.ok ? decisionLines(decided.value) : failureLines(decided.error);
  return [...head, `  ${summarizeRequest(parsed.value)}`, ...result.map((l) => `  ${l}`)];
};

export const examplesCommand: Command = {
  name: 'examples',
  summary: 'Say what Tact is and decide the shipped example requests',
  help: [
    'Usage: tact examples',
    '',
    'Prints what Tact is, then runs the decision engine on every request in',
    'examples/decide/*.json and prints, for each, a one-line summary and the decision:',
    'allowed; blocked with reasons and earliestAllowedAt; or rejected as invalid input.',
    'Exit 0 when every example was read, 1 when the examples cannot be found or read.',
  ].join('\n'),
  run: async (_args: readonly string[], io: CliIo): Promise<ExitCode> => {
    let files: string[];
    try {
      files = (await readdir(examplesDir)).filter((f) => f.endsWith('.json')).sort();
    } catch {
      io.stderr('TACT_ERR_CLI_FILE_UNREADABLE at examples/decide/: the shipped examples are missing — reinstall from a full clone.\n');
      return 1;
    }
    io.stdout(`${intro.join('\n')}\n`);
    for (const file of files) {
      let text: string;
      try {
        text = await readFile(new URL(file, examplesDir), 'utf8');
      } catch {
        io.stderr(`TACT_ERR_CLI_FILE_UNREADABLE at examples/decide/${file}: the example could not be read.\n`);
        return 1;
      }
      io.stdout(`${describeExample(file, text).join('\n')}\n\n`);
    }
    io.stdout('Try one yourself: npx tact decide examples/decide/<file>.json (add --explain for the reasoning).\n');
    return 0;
  },
};
