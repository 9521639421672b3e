// Where the master key comes from: TACT_MASTER_KEY, else `tact-master.key` in the data
// directory, created on first run (32 random bytes, base64, mode 0600) with a warning:
// a key stored beside the data protects a copied database dump, not a copied disk.
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { parseMasterKey } from '../../config/parse-master-key.js';
import { failure, type TactFailure } from '../../core/errors.js';
import { err, type Result } from '../../core/result.js';

export const keyFileName = 'tact-master.key';

export interface MasterKeyOptions {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Directory for the key file when TACT_MASTER_KEY is unset. */
  readonly dataDir: string;
  /** One line for the operator (stderr), no secrets. */
  readonly warn: (line: string) => void;
}

const readKeyFile = (path: string): Result<Uint8Array, TactFailure> => {
  try {
    // Group or other access would let any local user read every name and number.
    if ((statSync(path).mode & 0o077) !== 0) return err(failure('TACT_ERR_CONFIG_KEY_FILE_TOO_OPEN', { path }));
    return parseMasterKey(readFileSync(path, 'utf8'), path);
  } catch {
    return err(failure('TACT_ERR_CONFIG_KEY_FILE_UNREADABLE', { path }));
  }
};

export const loadMasterKey = (options: MasterKeyOptions): Result<Uint8Array, TactFailure> => {
  const fromEnv = options.env['TACT_MASTER_KEY'];
  if (fromEnv !== undefined && fromEnv.trim() !== '') return parseMasterKey(fromEnv, 'TACT_MASTER_KEY');
  const path = join(options.dataDir, keyFileName);
  let fd: number;
  try {
    mkdirSync(options.dataDir, { recursive: true });
    // 'wx': create only if absent, so two first runs cannot write two different keys.
    fd = openSync(path, 'wx', 0o600);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return readKeyFile(path);
    return err(failure('TACT_ERR_CONFIG_KEY_FILE_UNREADABLE', { path }));
  }
  try {
    writeSync(fd, `${randomBytes(32).toString('base64')}\n`);
  } finally {
    closeSync(fd);
  }
  options.warn(
    `warning: TACT_MASTER_KEY is not set; created a new master key in ${path} (mode 0600). ` +
      'Back it up: without it the encrypted names and numbers cannot be read. ' +
      'In production set TACT_MASTER_KEY from a secret store instead.',
  );
  return readKeyFile(path);
};
