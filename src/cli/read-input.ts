// A command's input file: a path relative to the working directory, or `-` for
// standard input. An unreadable file is TACT_ERR_CLI_FILE_UNREADABLE naming the path;
// text that is not JSON is the caller's own failure (it knows what it expected).
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { failure, type TactFailure } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';
import type { CliIo } from './cli-io.js';

export const readInputText = async (io: CliIo, file: string): Promise<Result<string, TactFailure[]>> => {
  try {
    return ok(file === '-' ? await io.readStdin() : await readFile(resolve(io.cwd, file), 'utf8'));
  } catch {
    return err([failure('TACT_ERR_CLI_FILE_UNREADABLE', { path: file })]);
  }
};

export const readInputJson = async (io: CliIo, file: string, notJson: TactFailure): Promise<Result<unknown, TactFailure[]>> => {
  const text = await readInputText(io, file);
  if (!text.ok) return text;
  try {
    return ok(JSON.parse(text.value) as unknown);
  } catch {
    return err([notJson]);
  }
};
