import type { CliIo } from './cli-io.js';
import type { Command, ExitCode } from './command.js';

export const helpText = (commands: readonly Command[]): string => {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    'tact — overdue-loan reminders that recover money and leave emergency contacts alone.',
    '',
    'Usage: tact <command> [options]      tact <command> --help',
    '',
    'Commands:',
    ...lines,
    '',
    'Every command that touches data takes --db URL (or TACT_DB): sqlite:PATH or postgres://…',
    '',
  ].join('\n');
};

export const printHelp = (io: CliIo, commands: readonly Command[]): ExitCode => {
  io.stdout(helpText(commands));
  return 0;
};
