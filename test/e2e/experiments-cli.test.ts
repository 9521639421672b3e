// `tact experiments` in-process through main(): create from a file and from stdin,
// refusals (exit 1), bad input (exit 2), list and stop.
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/main/tact.js';
import { memoryIo } from '../support/memory-io.js';

describe('tact experiments', () => {
  let dir: string;
  let env: Record<string, string>;
  const db = () => ['--db', `sqlite:${join(dir, 'tact.db')}`, '--tenant', 'acme'];
  const run = async (stdin: string, ...args: string[]) => {
    const io = memoryIo(stdin, env, dir);
    const code = await main(args, io);
    return { code, out: io.out(), err: io.err() };
  };
  const experiment = (id: string, v2 = 2) => JSON.stringify({ id, name: 'send time', arms: [
    { name: 'A', strategyId: 'cn-default', strategyVersion: 1, weight: 1 },
    { name: 'B', strategyId: 'cn-default', strategyVersion: v2, weight: 1 },
  ] });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tact-exp-cli-'));
    env = { TACT_MASTER_KEY: randomBytes(32).toString('hex'), TACT_LOG_LEVEL: 'silent' };
    expect((await run('', 'migrate', ...db().slice(0, 2))).code).toBe(0);
    expect((await run('', 'experiments', 'list', ...db())).code).toBe(2); // no such tenant yet
    copyFileSync(new URL('../../examples/import/accounts.csv', import.meta.url), join(dir, 'accounts.csv'));
    expect((await run('', 'import', 'accounts.csv', ...db(), '--region', 'CN')).code).toBe(0);
    const def = JSON.parse((await run('', 'strategy', 'default', 'cn')).out) as Record<string, unknown>;
    for (const version of [1, 2]) {
      writeFileSync(join(dir, `s${version}.json`), JSON.stringify({ ...def, id: 'cn-default', version }));
      const saved = await run('', 'strategy', 'save', `s${version}.json`, ...db());
      expect(saved.err).toBe('');
      expect(saved.code).toBe(0);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates from a file, refuses a second running one, lists and stops', async () => {
    writeFileSync(join(dir, 'exp.json'), experiment('e1'));
    const created = await run('', 'experiments', 'create', 'exp.json', ...db());
    expect(created.err).toBe('');
    expect(created.code).toBe(0);
    expect(created.out).toContain('started e1');
    const second = await run(experiment('e2'), 'experiments', 'create', '-', ...db());
    expect(second.code).toBe(1);
    expect(second.err).toContain('TACT_ERR_STRATEGY_BAD_EXPERIMENT');
    expect((await run('', 'experiments', 'list', ...db())).out).toContain('e1  running');
    expect((await run('', 'experiments', 'stop', 'e1', ...db())).code).toBe(0);
    expect((await run('', 'experiments', 'stop', 'e1', ...db())).code).toBe(1);
    expect((await run(experiment('e2'), 'experiments', 'create', '-', ...db())).code).toBe(0);
  });

  it('refuses unknown strategy versions (1) and malformed input (2)', async () => {
    expect((await run('', 'experiments', 'stop', 'e2', ...db())).code).toBe(0);
    expect((await run(experiment('e3', 7), 'experiments', 'create', '-', ...db())).code).toBe(1);
    expect((await run('{"id":"e4","arms":[{"name":"A"}]}', 'experiments', 'create', '-', ...db())).code).toBe(2);
    expect((await run('', 'experiments', 'create', 'missing.json', ...db())).code).toBe(2);
    expect((await run('', 'experiments', 'bogus', ...db())).code).toBe(2);
  });
});
