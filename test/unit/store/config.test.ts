import { mkdtempSync, readFileSync, chmodSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyFileName, loadMasterKey } from '../../../src/adapters/system/master-key-source.js';
import { parseMasterKey } from '../../../src/config/parse-master-key.js';
import { parseDbUrl, readDbConfig } from '../../../src/config/parse-db-url.js';

describe('database URL', () => {
  it('reads --db, then TACT_DB, then the default sqlite:./tact.db', () => {
    expect(readDbConfig(['--db', 'sqlite:x.db'], { TACT_DB: 'sqlite:y.db' }, '/w')).toEqual({ ok: true, value: { kind: 'sqlite', path: '/w/x.db' } });
    expect(readDbConfig(['--db=postgres://u@h/db'], {}, '/w')).toEqual({ ok: true, value: { kind: 'postgres', url: 'postgres://u@h/db' } });
    expect(readDbConfig([], { TACT_DB: 'sqlite:/abs/y.db' }, '/w')).toEqual({ ok: true, value: { kind: 'sqlite', path: '/abs/y.db' } });
    expect(readDbConfig([], {}, '/w')).toEqual({ ok: true, value: { kind: 'sqlite', path: '/w/tact.db' } });
    expect(parseDbUrl('sqlite:///var/tact.db', '/w')).toEqual({ ok: true, value: { kind: 'sqlite', path: '/var/tact.db' } });
  });

  it('refuses anything else with TACT_ERR_CONFIG_BAD_DB_URL naming the source', () => {
    for (const bad of ['mysql://h/db', 'sqlite:', 'postgres://', 'tact.db']) {
      const r = parseDbUrl(bad, '/w', 'TACT_DB');
      expect(r).toMatchObject({ ok: false, error: { code: 'TACT_ERR_CONFIG_BAD_DB_URL', path: 'TACT_DB' } });
    }
    expect(readDbConfig(['--db'], {}, '/w')).toMatchObject({ ok: false, error: { code: 'TACT_ERR_CONFIG_BAD_DB_URL' } });
  });
});

describe('master key', () => {
  const b64 = Buffer.alloc(32, 7).toString('base64');
  it('accepts 32 bytes as base64, base64url or hex', () => {
    expect(parseMasterKey(b64, 'k')).toMatchObject({ ok: true });
    expect(parseMasterKey(Buffer.alloc(32, 250).toString('base64url'), 'k')).toMatchObject({ ok: true });
    expect(parseMasterKey(`${'ab'.repeat(32)}\n`, 'k')).toMatchObject({ ok: true });
  });

  it('refuses a wrong length with TACT_ERR_CONFIG_BAD_MASTER_KEY', () => {
    for (const bad of [Buffer.alloc(16).toString('base64'), 'ab'.repeat(31), 'not a key', '']) {
      expect(parseMasterKey(bad, 'TACT_MASTER_KEY')).toMatchObject({ ok: false, error: { code: 'TACT_ERR_CONFIG_BAD_MASTER_KEY', path: 'TACT_MASTER_KEY' } });
    }
  });

  it('prefers TACT_MASTER_KEY; else creates a 0600 key file once, with a warning, and reuses it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tact-key-'));
    const warnings: string[] = [];
    const fromEnv = loadMasterKey({ env: { TACT_MASTER_KEY: b64 }, dataDir: dir, warn: (l) => warnings.push(l) });
    expect(fromEnv).toEqual({ ok: true, value: Uint8Array.from(Buffer.alloc(32, 7)) });
    expect(warnings).toEqual([]);
    const first = loadMasterKey({ env: {}, dataDir: dir, warn: (l) => warnings.push(l) });
    const path = join(dir, keyFileName);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(path);
    expect(warnings[0]).not.toContain(readFileSync(path, 'utf8').trim());
    const second = loadMasterKey({ env: {}, dataDir: dir, warn: (l) => warnings.push(l) });
    expect(second).toEqual(first);
    expect(warnings).toHaveLength(1);
  });

  it('refuses a key file others can read, and a key file with a bad key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tact-key-'));
    const path = join(dir, keyFileName);
    writeFileSync(path, b64, { mode: 0o644 });
    chmodSync(path, 0o644);
    expect(loadMasterKey({ env: {}, dataDir: dir, warn: () => undefined })).toMatchObject({ ok: false, error: { code: 'TACT_ERR_CONFIG_KEY_FILE_TOO_OPEN' } });
    chmodSync(path, 0o600);
    writeFileSync(path, 'short');
    expect(loadMasterKey({ env: {}, dataDir: dir, warn: () => undefined })).toMatchObject({ ok: false, error: { code: 'TACT_ERR_CONFIG_BAD_MASTER_KEY' } });
  });
});
