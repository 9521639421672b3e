// Entry point of the `tact` binary: picks the sub-command and gives it real I/O.
import { printFailures } from '../cli/print-failures.js';
import type { CliIo } from '../cli/cli-io.js';
import type { ExitCode } from '../cli/command.js';
import { printHelp } from '../cli/help-command.js';
import { failure } from '../core/errors.js';
import { commands } from './commands.js';

const readStdin = async (): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

export const processIo = (): CliIo => ({
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin,
  env: process.env,
  cwd: process.cwd(),
  isTty: process.stdout.isTTY === true,
});

export const main = async (argv: readonly string[], io: CliIo = processIo()): Promise<ExitCode> => {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') return printHelp(io, commands);
  const command = commands.find((c) => c.name === name);
  if (command === undefined) {
    printFailures(io, [failure('TACT_ERR_CLI_UNKNOWN_COMMAND', { path: name })]);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.help.trimEnd()}\n`);
    return 0;
  }
  return command.run(rest, io);
};
