// `tact keys` in-process through main(): bootstrap a tenant's first admin key (printed
// once, on stdout only), list without the secret, revoke; bad input exits 2.
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/main/tact.js';
import { memoryIo } from '../support/memory-io.js';

describe('tact keys', () => {
  let dir: string;
  let env: Record<string, string>;
  const db = () => ['--db', `sqlite:${join(dir, 'tact.db')}`, '--tenant', 'acme'];
  const run = async (...args: string[]) => {
    const io = memoryIo('', env, dir);
    const code = await main(args, io);
    return { code, out: io.out(), err: io.err() };
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tact-keys-cli-'));
    env = { TACT_MASTER_KEY: randomBytes(32).toString('hex'), TACT_LOG_LEVEL: 'silent' };
    expect((await run('migrate', ...db().slice(0, 2))).code).toBe(0);
    copyFileSync(new URL('../../examples/import/accounts.csv', import.meta.url), join(dir, 'accounts.csv'));
    expect((await run('import', 'accounts.csv', ...db(), '--region', 'CN')).code).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a key, prints it once, lists it without the secret and revokes it', async () => {
    const created = await run('keys', 'create', '--role', 'admin', '--label', 'bootstrap', ...db());
    expect(created.code).toBe(0);
    const secret = created.out.trim();
    expect(secret).toMatch(/^tact_[A-Za-z0-9_-]{43}$/);
    expect(created.err).not.toContain(secret);
    const id = /created (key_\S+)/.exec(created.err)?.[1];
    expect(id).toBeDefined();
    const list = await run('keys', 'list', ...db());
    expect(list.out).toContain(id!);
    expect(list.out).toContain(`${secret.slice(0, 12)}…`);
    expect(list.out).not.toContain(secret.slice(12));
    expect((await run('keys', 'revoke', id!, ...db())).code).toBe(0);
    expect((await run('keys', 'list', ...db())).out).toContain('revoked');
    expect((await run('keys', 'revoke', id!, ...db())).code).toBe(1);
  });

  it('refuses a bad role, a missing verb and an unknown tenant', async () => {
    const role = await run('keys', 'create', '--role', 'root', ...db());
    expect(role.code).toBe(2);
    expect(role.err).toContain('TACT_ERR_CLI_BAD_ARGUMENT at --role');
    expect((await run('keys', ...db())).code).toBe(2);
    const tenant = await run('keys', 'list', '--db', `sqlite:${join(dir, 'tact.db')}`, '--tenant', 'nobody');
    expect(tenant.code).toBe(2);
    expect(tenant.err).toContain('TACT_ERR_STORE_UNKNOWN_TENANT');
  });
});
