import { describe, expect, it } from 'vitest';
import type { DemoSummary } from '../../../src/app/demo/seed-demo.js';
import { emptySummary } from '../../../src/app/plan/plan-summary.js';
import { createStartCommand, type StartedPlatform, type StartRequest } from '../../../src/cli/start-command.js';
import { failure } from '../../../src/core/errors.js';
import { tenantId } from '../../../src/core/model/ids.js';
import { err, ok } from '../../../src/core/result.js';
import { memoryIo } from '../../support/memory-io.js';

const seeded: DemoSummary = {
  tenants: [
    { tenant: tenantId('demo-cn'), accounts: 300, plan: { ...emptySummary('demo-cn', '2026-12-09'), planned: 118, blocked: 64 } },
    { tenant: tenantId('demo-us'), accounts: 100, plan: { ...emptySummary('demo-us', '2026-12-09'), planned: 0, blocked: 60 } },
  ],
  logins: [{ tenant: tenantId('demo-cn'), role: 'admin', login: 'admin', password: 'demo-admin-pass' }],
};

const fake = (over: Partial<StartedPlatform> = {}) => {
  const seen: { request?: StartRequest; stopped: number; events: string[] } = { stopped: 0, events: [] };
  let t = 1_000;
  const command = createStartCommand({
    startPlatform: async (request) => {
      seen.request = request;
      seen.events.push('started');
      t += 4_200;
      return ok({
        url: 'http://127.0.0.1:8080', smscLogFile: '/data/smsc-messages.jsonl', smppUrl: 'smpp://tact:secret@127.0.0.1:2775',
        seeded, logins: seeded.logins, exampleCode: { code: 'VAN46S8R' },
        stop: async () => {
          seen.stopped += 1;
          seen.events.push('stopped');
        },
        ...over,
      });
    },
    untilStopped: async () => void seen.events.push('signal'),
    now: () => t,
  });
  return { command, seen };
};

describe('tact start', () => {
  it('defaults: ./tact-demo as data directory, SQLite inside it, port 8080 on 127.0.0.1', async () => {
    const { command, seen } = fake();
    const io = memoryIo('', {}, '/home/newcomer/tact');
    expect(await command.run([], io)).toBe(0);
    expect(seen.request).toMatchObject({ dataDir: '/home/newcomer/tact/tact-demo', db: 'sqlite:/home/newcomer/tact/tact-demo/tact.db', host: '127.0.0.1', port: 8080, smscPort: 0 });
  });

  it('reads TACT_PORT, TACT_DATA_DIR and TACT_DB; options win over them', async () => {
    const env = { TACT_PORT: '9090', TACT_DATA_DIR: '/var/tact', TACT_DB: 'postgres://db/tact' };
    const a = fake();
    await a.command.run([], memoryIo('', env, '/x'));
    expect(a.seen.request).toMatchObject({ dataDir: '/var/tact', db: 'postgres://db/tact', port: 9090 });
    const b = fake();
    await b.command.run(['--port', '0', '--data-dir', 'here', '--db', 'sqlite:/tmp/t.db', '--smsc-port', '2775'], memoryIo('', env, '/x'));
    expect(b.seen.request).toMatchObject({ dataDir: '/x/here', db: 'sqlite:/tmp/t.db', port: 0, smscPort: 2775 });
  });

  it.each([[['--port', 'http']], [['--port', '70000']], [['--nope', 'x']], [['--port']]])('refuses %j with exit 2 and starts nothing', async (args) => {
    const { command, seen } = fake();
    const io = memoryIo();
    expect(await command.run(args, io)).toBe(2);
    expect(io.err()).toContain('TACT_ERR_CLI_BAD_ARGUMENT');
    expect(seen.events).toEqual([]);
  });

  it('prints the URLs, a real /v/CODE, the sign-ins, the SMSC log; stops on the signal', async () => {
    const { command, seen } = fake();
    const io = memoryIo();
    expect(await command.run([], io)).toBe(0);
    const out = io.out();
    expect(out).toContain('ready in 4.2 s');
    expect(out).toContain('300 in demo-cn, 100 in demo-us overdue accounts');
    expect(out).toContain("today's plan: 118 messages planned, 124 blocked");
    expect(out).toContain('http://127.0.0.1:8080/console');
    expect(out).toContain('http://127.0.0.1:8080/v/VAN46S8R');
    expect(out).toContain('http://127.0.0.1:8080/docs');
    expect(out).toMatch(/tenant demo-cn\s+login admin\s+password demo-admin-pass {2}\(admin\)/);
    expect(out).toContain('SMSC log  /data/smsc-messages.jsonl');
    // The SMPP password is not printed; no phone number is printed.
    expect(out).toContain('smpp://tact:…@127.0.0.1:2775');
    expect(out).not.toMatch(/\+\d{8,}/);
    expect(seen.events).toEqual(['started', 'signal', 'stopped']);
    expect(io.err()).toContain('stopped cleanly');
  });

  it('says so when the data was reused or nothing was sent yet', async () => {
    const io = memoryIo();
    const c2 = createStartCommand({
      startPlatform: async () => ok({ url: 'http://h:1', smscLogFile: '/l', smppUrl: 'smpp://a:b@h:2', logins: [], stop: async () => undefined }),
      untilStopped: async () => undefined,
      now: () => 0,
    });
    await c2.run([], io);
    expect(io.out()).toContain('Reused the existing data');
    expect(io.out()).toContain('/v/CODE  (no message has gone out yet');
  });

  it('exits 2 on a configuration failure and 3 on a fault, printing the code', async () => {
    for (const [code, exit] of [['TACT_ERR_CONFIG_PORT_IN_USE', 2], ['TACT_ERR_STORE_UNAVAILABLE', 3]] as const) {
      const io = memoryIo();
      const c = createStartCommand({ startPlatform: async () => err(failure(code)), untilStopped: async () => undefined, now: () => 0 });
      expect(await c.run([], io)).toBe(exit);
      expect(io.err()).toContain(code);
    }
  });
});
