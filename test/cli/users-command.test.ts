// `tact users add|list` in-process on a fresh SQLite database: a generated password is
// printed once and signs in; --password-stdin takes the password from stdin; bad
// arguments exit 2 with codes.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeCipher } from '../../src/adapters/system/node-cipher.js';
import type { StoreHandle } from '../../src/app/ports/store.js';
import { signIn } from '../../src/app/users/sign-in.js';
import { createUsersCommand } from '../../src/cli/users-command.js';
import { tenantId } from '../../src/core/model/ids.js';
import { main } from '../../src/main/tact.js';
import { openStore } from '../../src/main/open-store.js';
import { capturingLogger, type StoreTarget } from '../contract/store-fixture.js';
import { testHasher } from '../support/console-users.js';
import { memoryIo } from '../support/memory-io.js';
import { sqliteTarget } from '../support/store-targets.js';
import { testClock } from '../support/test-clock.js';

describe('tact users', () => {
  let target: StoreTarget;
  let handle: StoreHandle;
  const key = randomBytes(32);
  const env = { TACT_MASTER_KEY: key.toString('hex') };
  const command = createUsersCommand({ openStore, hasher: testHasher, generatePassword: () => 'generated-password-0123' });
  const run = async (args: string[], stdin = '') => {
    const io = memoryIo(stdin, env);
    const code = await command.run([...args, '--db', target.dbUrl], io);
    return { code, out: io.out(), err: io.err() };
  };

  beforeAll(async () => {
    target = await sqliteTarget('tact-users-cli');
    handle = await target.open({ cipher: createNodeCipher(key), logger: capturingLogger().logger });
    await handle.migrate();
    await handle.store.createTenant(tenantId('acme'), { name: 'Acme Lending', pack: 'cn', defaultRegion: 'CN', timeZone: 'Asia/Shanghai', locale: 'zh-CN' }, 'test');
  });
  afterAll(async () => {
    await handle.close();
    await target.cleanup();
  });

  it('adds a user with a generated password, printed once, that signs in', async () => {
    const r = await run(['add', '--tenant', 'acme', '--login', 'root', '--role', 'admin']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('password (shown once): generated-password-0123');
    const ok = await signIn({ store: handle.store, hasher: testHasher, clock: testClock() }, tenantId('acme'), 'root', 'generated-password-0123');
    expect(ok.ok).toBe(true);
  });

  it('takes the password from stdin and never prints it', async () => {
    const r = await run(['add', '--tenant', 'acme', '--login', 'agent.li', '--role', 'agent', '--password-stdin'], 'my own long password\n');
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('my own long password');
    const ok = await signIn({ store: handle.store, hasher: testHasher, clock: testClock() }, tenantId('acme'), 'agent.li', 'my own long password');
    expect(ok.ok).toBe(true);
  });

  it('lists users and refuses bad input with codes', async () => {
    const list = await run(['list', '--tenant', 'acme']);
    expect(list.out).toBe('agent.li\tagent\tactive\nroot\tadmin\tactive\n');
    const taken = await run(['add', '--tenant', 'acme', '--login', 'root', '--role', 'admin']);
    expect([taken.code, taken.err]).toEqual([2, expect.stringContaining('TACT_ERR_AUTH_LOGIN_TAKEN')]);
    const role = await run(['add', '--tenant', 'acme', '--login', 'x1', '--role', 'boss']);
    expect(role.err).toContain('TACT_ERR_AUTH_BAD_USER');
    const tenant = await run(['list', '--tenant', 'nope']);
    expect([tenant.code, tenant.err]).toEqual([2, expect.stringContaining('TACT_ERR_STORE_UNKNOWN_TENANT')]);
  });

  it('is registered with the tact CLI', async () => {
    const io = memoryIo('', env);
    expect(await main(['users', '--help'], io)).toBe(0);
    expect(io.out()).toContain('tact users add');
  });
});
