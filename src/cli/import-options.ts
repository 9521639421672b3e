// `tact import` arguments → options, every mistake reported at once.
import type { ImportFormat } from '../app/import/import-rows.js';
import { importFormats } from '../app/import/import-rows.js';
import type { TactFailure } from '../core/errors.js';
import { failure } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';

export interface ImportOptions {
  readonly file: string;
  readonly tenant: string;
  readonly skipInvalid: boolean;
  readonly rejectFile: string | undefined;
  readonly format: ImportFormat;
  /** ISO 3166 region for numbers without a country code; default: the tenant's. */
  readonly region: string | undefined;
}

const valued = ['--db', '--tenant', '--reject-file', '--format', '--region'] as const;

export const parseImportOptions = (args: readonly string[], env: Readonly<Record<string, string | undefined>>): Result<ImportOptions, TactFailure[]> => {
  const problems: TactFailure[] = [];
  const values = new Map<string, string>();
  const files: string[] = [];
  let skipInvalid = false;
  for (let i = 0; i < args.length; i += 1) {
    const a = args[i] ?? '';
    const eq = a.indexOf('=');
    const name = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    if (a === '--skip-invalid') skipInvalid = true;
    else if ((valued as readonly string[]).includes(name)) {
      const v = eq > 0 && a.startsWith('--') ? a.slice(eq + 1) : args[++i];
      if (v === undefined || v === '') problems.push(failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: name }));
      else values.set(name, v);
    } else if (a.startsWith('--')) problems.push(failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: a }));
    else files.push(a);
  }
  if (files.length !== 1) problems.push(failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: 'FILE', message: 'Name exactly one file to import.' }));
  const file = files[0] ?? '';
  const formatText = values.get('--format') ?? (/\.(jsonl|ndjson)$/i.test(file) ? 'jsonl' : 'csv');
  if (!(importFormats as readonly string[]).includes(formatText)) problems.push(failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: '--format' }));
  const region = values.get('--region')?.toUpperCase();
  if (region !== undefined && !/^[A-Z]{2}$/.test(region)) problems.push(failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: '--region' }));
  if (values.has('--reject-file') && !skipInvalid) {
    problems.push(failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: '--reject-file', message: '--reject-file needs --skip-invalid.' }));
  }
  if (problems.length > 0) return err(problems);
  const format = formatText as ImportFormat;
  const defaultRejects = file === '-' ? `rejects.${format}` : `${file.replace(/\.(csv|jsonl|ndjson)$/i, '')}.rejects.${format}`;
  return ok({
    file,
    tenant: values.get('--tenant') ?? env['TACT_TENANT'] ?? 'default',
    skipInvalid,
    rejectFile: skipInvalid ? (values.get('--reject-file') ?? defaultRejects) : undefined,
    format,
    region,
  });
};
