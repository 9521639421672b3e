// The database location: `--db URL` or TACT_DB, default sqlite:./tact.db (DESIGN.md,
// "Configuration"). sqlite:PATH is relative to the working directory; sqlite::memory:
// is an in-memory database (tests only: it vanishes with the process).
import { isAbsolute, resolve } from 'node:path';
import { failure, type TactFailure } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';

export type DbConfig =
  | { readonly kind: 'sqlite'; readonly path: string }
  | { readonly kind: 'postgres'; readonly url: string };

export const defaultDbUrl = 'sqlite:./tact.db';

export const parseDbUrl = (text: string, cwd: string, where = '--db'): Result<DbConfig, TactFailure> => {
  const t = text.trim();
  if (t.startsWith('sqlite:')) {
    const p = t.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (p === '') return err(failure('TACT_ERR_CONFIG_BAD_DB_URL', { path: where }));
    if (p === ':memory:') return ok({ kind: 'sqlite', path: p });
    return ok({ kind: 'sqlite', path: isAbsolute(p) ? p : resolve(cwd, p) });
  }
  if (t.startsWith('postgres://') || t.startsWith('postgresql://')) {
    try {
      const u = new URL(t);
      if (u.hostname === '' && !u.searchParams.has('host')) return err(failure('TACT_ERR_CONFIG_BAD_DB_URL', { path: where }));
      return ok({ kind: 'postgres', url: t });
    } catch {
      return err(failure('TACT_ERR_CONFIG_BAD_DB_URL', { path: where }));
    }
  }
  return err(failure('TACT_ERR_CONFIG_BAD_DB_URL', { path: where }));
};

/** `--db URL` / `--db=URL` in args wins over TACT_DB, which wins over the default. */
export const readDbConfig = (
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): Result<DbConfig, TactFailure> => {
  for (let i = 0; i < args.length; i += 1) {
    const a = args[i] ?? '';
    if (a === '--db') {
      const v = args[i + 1];
      if (v === undefined || v.startsWith('--')) return err(failure('TACT_ERR_CONFIG_BAD_DB_URL', { path: '--db' }));
      return parseDbUrl(v, cwd, '--db');
    }
    if (a.startsWith('--db=')) return parseDbUrl(a.slice('--db='.length), cwd, '--db');
  }
  const fromEnv = env['TACT_DB'];
  if (fromEnv !== undefined && fromEnv.trim() !== '') return parseDbUrl(fromEnv, cwd, 'TACT_DB');
  return parseDbUrl(defaultDbUrl, cwd);
};
