// Where the cookie-signing secret comes from: TACT_COOKIE_SECRET, else `tact-cookie.secret`
// in the data directory, created on first run (32 random bytes, base64, mode 0600) like
// the master key (master-key-source.ts). Sessions survive a restart because the file is
// kept; deleting it signs everyone out.
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { failure, type TactFailure } from '../../core/errors.js';
import { err, ok, type Result } from '../../core/result.js';

export const cookieSecretFileName = 'tact-cookie.secret';

/** Fewer characters than this is too little entropy to sign sessions with. */
const minLength = 32;

export interface CookieSecretOptions {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Directory for the secret file when TACT_COOKIE_SECRET is unset. */
  readonly dataDir: string;
}

const checked = (text: string, where: string): Result<string, TactFailure> => {
  const t = text.trim();
  return t.length >= minLength ? ok(t) : err(failure('TACT_ERR_CONFIG_BAD_COOKIE_SECRET', { path: where }));
};

const readSecretFile = (path: string): Result<string, TactFailure> => {
  try {
    if ((statSync(path).mode & 0o077) !== 0) return err(failure('TACT_ERR_CONFIG_SECRET_FILE_TOO_OPEN', { path }));
    return checked(readFileSync(path, 'utf8'), path);
  } catch {
    return err(failure('TACT_ERR_CONFIG_SECRET_FILE_UNREADABLE', { path }));
  }
};

export const loadCookieSecret = (options: CookieSecretOptions): Result<string, TactFailure> => {
  const fromEnv = options.env['TACT_COOKIE_SECRET'];
  if (fromEnv !== undefined && fromEnv.trim() !== '') return checked(fromEnv, 'TACT_COOKIE_SECRET');
  const path = join(options.dataDir, cookieSecretFileName);
  let fd: number;
  try {
    mkdirSync(options.dataDir, { recursive: true });
    // 'wx': create only if absent, so two first runs cannot write two different secrets.
    fd = openSync(path, 'wx', 0o600);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return readSecretFile(path);
    return err(failure('TACT_ERR_CONFIG_SECRET_FILE_UNREADABLE', { path }));
  }
  try {
    writeSync(fd, `${randomBytes(32).toString('base64')}\n`);
  } finally {
    closeSync(fd);
  }
  return readSecretFile(path);
};
