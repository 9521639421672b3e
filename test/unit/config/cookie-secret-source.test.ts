import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cookieSecretFileName, loadCookieSecret } from '../../../src/adapters/system/cookie-secret-source.js';

describe('the cookie secret', () => {
  const root = mkdtempSync(join(tmpdir(), 'tact-cookie-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is created once (0600) in the data directory and read back on the next start', () => {
    const dir = join(root, 'a', 'nested');
    const first = loadCookieSecret({ env: {}, dataDir: dir });
    const path = join(dir, cookieSecretFileName);
    expect(first.ok && first.value.length).toBeGreaterThanOrEqual(32);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const second = loadCookieSecret({ env: {}, dataDir: dir });
    expect(second).toEqual(first);
    expect(readFileSync(path, 'utf8').trim()).toBe(first.ok ? first.value : '');
  });

  it('comes from TACT_COOKIE_SECRET when set, and then no file is written', () => {
    const dir = join(root, 'env');
    const secret = 'x'.repeat(40);
    expect(loadCookieSecret({ env: { TACT_COOKIE_SECRET: ` ${secret} ` }, dataDir: dir })).toEqual({ ok: true, value: secret });
    expect(() => statSync(join(dir, cookieSecretFileName))).toThrow();
  });

  it.each([
    ['a short TACT_COOKIE_SECRET', { TACT_COOKIE_SECRET: 'short' }, undefined, 'TACT_ERR_CONFIG_BAD_COOKIE_SECRET'],
    ['a file others can read', {}, 0o644, 'TACT_ERR_CONFIG_SECRET_FILE_TOO_OPEN'],
    ['a file holding too little', {}, 0o600, 'TACT_ERR_CONFIG_BAD_COOKIE_SECRET'],
  ] as const)('refuses %s', (_name, env, mode, code) => {
    const dir = mkdtempSync(join(root, 'bad-'));
    if (mode !== undefined) {
      writeFileSync(join(dir, cookieSecretFileName), mode === 0o600 ? 'tiny\n' : `${'y'.repeat(44)}\n`);
      chmodSync(join(dir, cookieSecretFileName), mode);
    }
    const r = loadCookieSecret({ env, dataDir: dir });
    expect(r.ok ? undefined : r.error.code).toBe(code);
  });
});
