import type { ErrorTable } from './error-spec.js';

export const cliErrors = {
  TACT_ERR_CLI_UNKNOWN_COMMAND: {
    message: 'Unknown sub-command.',
    hint: 'Run `tact --help` for the list of sub-commands.',
    retryable: false,
  },
  TACT_ERR_CLI_BAD_ARGUMENT: {
    message: 'A command-line argument or option is missing or malformed.',
    hint: 'Run `tact <command> --help` for the accepted options.',
    retryable: false,
  },
  TACT_ERR_CLI_FILE_UNREADABLE: {
    message: 'An input file could not be read.',
    hint: 'Check the path and its permissions; use `-` to read standard input.',
    retryable: false,
  },
} as const satisfies ErrorTable;
