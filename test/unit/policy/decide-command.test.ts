// `tact decide` in-process: JSON out and exit 0 whatever the decision; exit 2 with the
// error code and the JSON path on invalid input; --explain for a person.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decideCommand } from '../../../src/cli/decide-command.js';
import { main } from '../../../src/main/tact.js';
import { memoryIo } from '../../support/memory-io.js';
import { baseRequest, ev } from './request-builder.js';

const run = async (stdin: string, args: string[] = []) => {
  const io = memoryIo(stdin);
  const code = await decideCommand.run(args, io);
  return { code, out: io.out(), err: io.err() };
};

describe('tact decide', () => {
  it('prints an allowed decision and exits 0', async () => {
    const r = await run(JSON.stringify(baseRequest()));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ allowed: true, violations: [], earliestAllowedAt: '2026-06-10T15:00:00.000Z' });
  });

  it('prints a blocked decision and still exits 0', async () => {
    const r = await run(JSON.stringify(baseRequest({ at: '2026-06-11T02:00:00Z' })), ['-']);
    expect(r.code).toBe(0);
    const d = JSON.parse(r.out);
    expect(d.allowed).toBe(false);
    expect(d.violations[0]).toMatchObject({ rule: 'quiet-hours', reason: 'POLICY_QUIET_HOURS', level: 'statutory' });
    expect(d.violations[0].citation).toContain('1006.6(b)(1)(i)');
    expect(d.earliestAllowedAt).toBe('2026-06-11T12:00:00.000Z');
  });

  it('reads a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tact-decide-'));
    const file = join(dir, 'r.json');
    writeFileSync(file, JSON.stringify(baseRequest()));
    const r = await run('', [file]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).allowed).toBe(true);
  });

  it.each([
    ['an unknown enum value', { ...baseRequest(), contact: { ...baseRequest().contact, channel: 'pigeon' } }, '$.contact.channel'],
    ['a malformed time', { ...baseRequest(), at: 'yesterday' }, '$.at'],
    ['an unknown zone', { ...baseRequest(), person: { id: 'p1', timeZones: ['Mars/Olympus'] } }, '$.person.timeZones[0]'],
    ['a looser-than-law override', { ...baseRequest(), overrides: { 'call-frequency.maxCalls': 8 } }, '$.overrides["call-frequency.maxCalls"]'],
  ])('exits 2 on %s, naming the code and path', async (_name, body, path) => {
    const r = await run(JSON.stringify(body));
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/TACT_ERR_[A-Z_]+ at /);
    expect(r.err).toContain(path);
  });

  it('exits 2 on text that is not JSON, and on an unreadable file', async () => {
    expect((await run('{ not json')).code).toBe(2);
    const r = await run('', ['/nonexistent/file.json']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('TACT_ERR_CLI_FILE_UNREADABLE');
  });

  it('--explain prints each rule, local times in each zone and counters against limits', async () => {
    const req = baseRequest({
      at: '2026-06-10T12:30:00Z',
      person: { id: 'p1', timeZones: ['America/New_York', 'America/Los_Angeles'] },
      history: [ev('2026-06-09T14:00:00Z'), ev('2026-06-08T14:00:00Z')],
    });
    const r = await run(JSON.stringify(req), ['--explain']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Decision: BLOCKED — earliest allowed at 2026-06-10T15:00:00.000Z');
    expect(r.out).toContain('America/New_York       2026-06-10 08:30');
    expect(r.out).toContain('America/Los_Angeles    2026-06-10 05:30');
    expect(r.out).toMatch(/FAIL {2}quiet-hours \(statutory\) POLICY_QUIET_HOURS/);
    expect(r.out).toMatch(/pass {2}call-frequency \(statutory\)/);
    expect(r.out).toContain('debt 1: 2/7 calls in 7 days');
  });

  it('is registered as a sub-command', async () => {
    const io = memoryIo(JSON.stringify(baseRequest()));
    expect(await main(['decide', '-'], io)).toBe(0);
    expect(JSON.parse(io.out()).allowed).toBe(true);
  });
});
