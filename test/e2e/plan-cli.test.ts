// `tact plan` and `tact strategy` in-process through main(), on the example import.
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/main/tact.js';
import { memoryIo } from '../support/memory-io.js';

describe('tact plan / tact strategy', () => {
  let dir: string;
  let env: Record<string, string>;
  const db = () => ['--db', `sqlite:${join(dir, 'tact.db')}`];
  const run = async (...args: string[]) => {
    const io = memoryIo('', env, dir);
    const code = await main(args, io);
    return { code, out: io.out(), err: io.err() };
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tact-plan-cli-'));
    env = { TACT_MASTER_KEY: randomBytes(32).toString('hex'), TACT_LOG_LEVEL: 'silent' };
    copyFileSync(new URL('../../examples/import/accounts.csv', import.meta.url), join(dir, 'accounts.csv'));
    expect((await run('migrate', ...db())).code).toBe(0);
    expect((await run('import', 'accounts.csv', ...db(), '--tenant', 'acme', '--region', 'CN')).code).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('plans a day, prints the summary table, and a second run plans nothing new', async () => {
    const first = await run('plan', '--date', '2026-03-06', '--tenant', 'acme', ...db());
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    const m = /planned (\d+), blocked (\d+), already planned 0/.exec(first.out);
    expect(m).not.toBeNull();
    const written = Number(m![1]) + Number(m![2]);
    expect(written).toBeGreaterThanOrEqual(2); // two accounts fall due 2026-03-05: DPD 1 reminders
    expect(first.out).toContain('audience');
    const second = await run('plan', '--date', '2026-03-06', '--tenant', 'acme', ...db());
    expect(second.out).toContain(`planned 0, blocked 0, already planned ${written}`);
  });

  it('rejects a missing or malformed date with exit 2', async () => {
    expect((await run('plan', '--tenant', 'acme', ...db())).code).toBe(2);
    const bad = await run('plan', '--date', '2026-02-30', '--tenant', 'acme', ...db());
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('TACT_ERR_CLI_BAD_ARGUMENT');
  });

  it('validates strategies: the default passes, a 23:00 cn step fails with exit 1', async () => {
    const def = await run('strategy', 'default', 'cn');
    writeFileSync(join(dir, 'cn.json'), def.out);
    expect((await run('strategy', 'validate', 'cn.json')).code).toBe(0);
    const bad = JSON.parse(def.out) as { steps: { sendAt: string }[] };
    bad.steps[0]!.sendAt = '23:00';
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
    const r = await run('strategy', 'validate', 'bad.json');
    expect(r.code).toBe(1);
    expect(r.err).toContain('TACT_ERR_STRATEGY_NEVER_ALLOWED');
    expect((await run('strategy', 'validate', 'missing.json')).code).toBe(2);
  });

  it('saves a version, activates it, and lists it', async () => {
    const def = JSON.parse((await run('strategy', 'default', 'cn')).out) as Record<string, unknown>;
    writeFileSync(join(dir, 'mine.json'), JSON.stringify({ ...def, id: 'mine', version: 2 }));
    expect((await run('strategy', 'list', '--tenant', 'acme', ...db())).out).toContain('no active strategy');
    expect((await run('strategy', 'save', 'mine.json', '--activate', '--tenant', 'acme', ...db())).code).toBe(0);
    expect((await run('strategy', 'save', 'mine.json', '--tenant', 'acme', ...db())).code).toBe(1);
    expect((await run('strategy', 'list', '--tenant', 'acme', ...db())).out).toBe('mine@2  active\n');
  });
});
