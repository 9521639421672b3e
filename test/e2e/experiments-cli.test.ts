// `tact experiments` in-process through main(): create from a file and from stdin,
// refusals (exit 1), bad input (exit 2), list and stop.
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

  it('creates with a definition, reports per arm with charts and CSV, and checks guardrails', async () => {
    const def = { control: 'B', primaryMetric: 'cure_7d', population: { minDaysPastDue: 0 }, guardrails: [{ metric: 'complaints', budget: 0.002, confidence: 0.9 }] };
    const badDef = JSON.stringify({ ...JSON.parse(experiment('e5')), control: 'Z', guardrails: [{ metric: 'calls', budget: 2 }] });
    const refused = await run(badDef, 'experiments', 'create', '-', ...db());
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('$.control');
    expect(refused.err).toContain('$.guardrails[0].metric');
    const created = await run(JSON.stringify({ ...JSON.parse(experiment('e5')), ...def }), 'experiments', 'create', '-', ...db());
    expect(created.err).toBe('');
    expect((await run('', 'plan', '--date', '2026-12-07', ...db())).code).toBe(0);
    const report = await run('', 'experiments', 'report', 'e5', '--csv', 'e5.csv', ...db());
    expect(report.err).toBe('');
    expect(report.code).toBe(0);
    expect(report.out).toContain('experiment e5 "send time" (running)');
    expect(report.out).toContain('control B; primary metric cure_7d');
    expect(report.out).toContain('guardrail complaints: stop an arm worse than control by > 2.0 per 1,000 at 90 %');
    expect(report.out).toMatch(/^arm\s+A\s+B$/m);
    expect(report.out).toContain('complaints per 1,000 accounts');
    expect(report.out).not.toContain("SYNTHETIC");
    if (process.env["SHOW"]) console.log(report.out);
    const accounts = /^accounts\s+(\d+)\s+(\d+)$/m.exec(report.out);
    expect(Number(accounts?.[1]) + Number(accounts?.[2])).toBeGreaterThan(0);
    const csv = readFileSync(join(dir, 'e5.csv'), 'utf8').trim().split('\n');
    expect(csv).toHaveLength(3);
    expect(csv[0]).toMatch(/^experiment,arm,strategy,control,stopped,accounts,/);
    expect(csv[2]).toMatch(/^e5,B,cn-default@2,true,false,/);
    const check = await run('', 'experiments', 'check', 'e5', ...db());
    expect(check.code).toBe(0);
    expect(check.out).toContain('e5: guardrail look 2'); // the plan run took look 1
    expect(check.out).toMatch(/A complaints: 0\/\d+ vs control 0\/\d+.*→ keep/);
    expect((await run('', 'experiments', 'report', 'nope', ...db())).code).toBe(1);
    expect((await run('', 'experiments', 'report', 'e5', '--as-of', 'yesterday', ...db())).code).toBe(2);
  });
});
