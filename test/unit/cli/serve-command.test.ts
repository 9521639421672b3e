// `tact serve` with the real wiring (src/main): refuses an un-migrated database, serves
// a migrated one on a free port until the stop signal, then closes.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createServeCommand } from '../../../src/cli/serve-command.js';
import { main } from '../../../src/main/tact.js';
import { serveDeps } from '../../../src/main/platform-deps.js';
import { memoryIo } from '../../support/memory-io.js';

const key = Buffer.alloc(32, 7).toString('base64');

describe('tact serve', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tact-serve-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const env = { TACT_MASTER_KEY: key, TACT_LOG_LEVEL: 'silent' };

  it('refuses an un-migrated database with TACT_ERR_STORE_NOT_MIGRATED (exit 3)', async () => {
    const io = memoryIo('', env, dir);
    expect(await main(['serve', '--db', `sqlite:${join(dir, 'empty.db')}`, '--port', '0'], io)).toBe(3);
    expect(io.err()).toContain('TACT_ERR_STORE_NOT_MIGRATED');
    expect(io.out()).toBe('');
  });

  it('serves a migrated database until the stop signal, with a 0600 cookie secret beside it', async () => {
    const db = `sqlite:${join(dir, 'tact.db')}`;
    expect(await main(['migrate', '--db', db], memoryIo('', env, dir))).toBe(0);
    let stop!: () => void;
    const stopped = new Promise<void>((r) => (stop = r));
    const command = createServeCommand({ ...serveDeps(), untilStopped: () => stopped });
    const io = memoryIo('', env, dir);
    const running = command.run(['--db', db, '--port', '0', '--host', '127.0.0.1'], io);
    let url: string | undefined;
    for (let i = 0; i < 200 && url === undefined; i += 1) {
      url = /listening on (http:\/\/\S+)/.exec(io.out())?.[1];
      if (url === undefined) await new Promise((r) => setTimeout(r, 25));
    }
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const health = await fetch(`${url}/healthz`);
    expect(await health.json()).toEqual({ ok: true, dialect: 'sqlite' });
    expect(statSync(join(dir, 'tact-cookie.secret')).mode & 0o077).toBe(0);
    stop();
    expect(await running).toBe(0);
    expect(io.err()).toContain('stopped cleanly');
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });

  it.each([[['--port', 'x']], [['--what']]])('refuses %j with exit 2', async (args) => {
    const io = memoryIo('', env, dir);
    expect(await main(['serve', ...args], io)).toBe(2);
    expect(io.err()).toContain('TACT_ERR_CLI_BAD_ARGUMENT');
  });
});
