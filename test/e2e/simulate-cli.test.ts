// `tact simulate` in-process: the report is labelled SYNTHETIC at both ends, lists the
// assumptions, and --out writes text, JSON and CSV; a bad argument exits 2.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/main/tact.js';
import { memoryIo } from '../support/memory-io.js';

const dir = mkdtempSync(join(tmpdir(), 'tact-simulate-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tact simulate', () => {
  it('prints a SYNTHETIC report with every assumption and writes --out files', { timeout: 120_000 }, async () => {
    const io = memoryIo('', { TACT_LOG_LEVEL: 'error' }, dir);
    expect(await main(['simulate', '--accounts', '60', '--days', '3', '--arms', 'default,gentle', '--out', 'out'], io)).toBe(0);
    const out = io.out();
    expect(out.startsWith('=== SYNTHETIC')).toBe(true);
    expect(out.trimEnd().endsWith('===')).toBe(true);
    expect(out).toContain('SYNTHETIC REPORT: simulated outcomes');
    expect(out).toContain('selfCurePerDay = 0.006 per day');
    expect(io.err()).toContain('seeded 60/60 accounts');
    expect(io.err()).toContain('simulated day 3/3');
    expect(out).toContain('guardrails: on');
    for (const f of ['simulation-report.txt', 'simulation-report.json', 'simulation-report.csv']) expect(existsSync(join(dir, 'out', f))).toBe(true);
    const json = JSON.parse(readFileSync(join(dir, 'out', 'simulation-report.json'), 'utf8')) as { report: { experiment: { synthetic: boolean; arms: { accounts: number }[] } } };
    expect(json.report.experiment.synthetic).toBe(true);
    expect(json.report.experiment.arms.reduce((s, a) => s + a.accounts, 0)).toBe(60);
  });

  it('on a terminal: a seeding bar, then a bar of simulated days', { timeout: 120_000 }, async () => {
    const io = { ...memoryIo('', { TACT_LOG_LEVEL: 'error' }, dir), isTty: true };
    let err = '';
    io.stderr = (t: string) => {
      err += t;
    };
    expect(await main(['simulate', '--accounts', '30', '--days', '2', '--arms', 'default,gentle', '--no-guardrails'], io)).toBe(0);
    expect(err).toContain('seeding    [');
    expect(err).toContain('30/30 accounts');
    expect(err).toContain('day 2/2');
    expect(io.out()).toContain('guardrails: off');
  });

  it('refuses a bad argument with exit 2', async () => {
    const io = memoryIo('', {}, dir);
    expect(await main(['simulate', '--arms', 'bold'], io)).toBe(2);
    expect(io.err()).toContain('TACT_ERR_CLI_BAD_ARGUMENT at --arms');
  });
});
