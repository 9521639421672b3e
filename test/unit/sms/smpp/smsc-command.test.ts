import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startSmsc } from '../../../../src/adapters/sms/simulator/smsc-server.js';
import { SmppTransport } from '../../../../src/adapters/sms/smpp/smpp-transport.js';
import { smscCommand, type SmscCommandDeps } from '../../../../src/cli/smsc-command.js';
import { memoryIo } from '../../../support/memory-io.js';

const deps = (stop: Promise<void>): SmscCommandDeps => ({
  startSmsc: (o) => startSmsc(o),
  untilStopped: () => stop,
  readTextFile: (p) => readFileSync(p, 'utf8'),
});

describe('tact smsc', () => {
  it('listens, logs each complete message as a JSON line, and prints its counters when stopped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tact-smsc-cli-'));
    const io = memoryIo('', {}, dir);
    let stop = (): void => undefined;
    const stopped = new Promise<void>((r) => {
      stop = r;
    });
    const running = smscCommand(deps(stopped)).run(['--port', '0', '--log', 'out.jsonl', '--password', 'pw'], io);
    const until = Date.now() + 5000;
    while (!io.out().includes('listening') && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
    const port = Number(/:(\d+)\n/.exec(io.out())?.[1]);
    expect(io.out()).not.toContain('pw'); // the password is not echoed
    const t = await SmppTransport.open({ url: `smpp://tact:pw@127.0.0.1:${port}` });
    expect((await t.send({ messageId: 'x', to: '+15550000001', text: 'code 7KQ2M9XA' })).kind).toBe('accepted');
    await t.close();
    stop();
    expect(await running).toBe(0);
    const line = JSON.parse(readFileSync(join(dir, 'out.jsonl'), 'utf8').trim()) as { to: string; text: string };
    expect(line).toMatchObject({ to: '+15550000001', text: 'code 7KQ2M9XA' });
    expect(io.out()).toContain('"accepted":1');
  });

  it.each([
    [['--port', 'x']],
    [['--throttle-rate', '1.5']],
    [['--undeliverable', '5550000']],
    [['--password', 'muchtoolong']],
    [['--tls-key', 'k.pem']],
    [['--bogus', '1']],
  ])('%j is invalid input (exit 2, TACT_ERR_CLI_BAD_ARGUMENT)', async (args) => {
    const io = memoryIo();
    expect(await smscCommand(deps(Promise.resolve())).run(args, io)).toBe(2);
    expect(io.err()).toContain('TACT_ERR_CLI_BAD_ARGUMENT');
  });

  it('a port in use is TACT_ERR_SMS_SMSC_LISTEN_FAILED (exit 1)', async () => {
    const taken = await startSmsc({ port: 0 });
    try {
      const io = memoryIo('', {}, mkdtempSync(join(tmpdir(), 'tact-smsc-cli-')));
      expect(await smscCommand(deps(Promise.resolve())).run(['--port', String(taken.port)], io)).toBe(1);
      expect(io.err()).toContain('TACT_ERR_SMS_SMSC_LISTEN_FAILED');
    } finally {
      await taken.close();
    }
  });
});
