// `tact rights` and `tact retention` in-process on SQLite over the seeded evidence history.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/main/tact.js';
import type { StoreTarget } from '../contract/store-fixture.js';
import { BORROWER, CONTACT, seedEvidenceHistory, type EvidenceHistory } from '../support/evidence-fixture.js';
import { memoryIo } from '../support/memory-io.js';
import { sqliteTarget } from '../support/store-targets.js';

let target: StoreTarget;
let h: EvidenceHistory;
let dir: string;
beforeAll(async () => {
  target = await sqliteTarget('tact-rights-cli');
  h = await seedEvidenceHistory(target, 3);
  await h.handle.close();
  dir = join(target.dbUrl.slice('sqlite:'.length), '..');
}, 60_000);
afterAll(async () => target.cleanup());

const tact = async (...args: string[]) => {
  const io = memoryIo('', { TACT_MASTER_KEY: h.key.toString('hex'), TACT_LOG_LEVEL: 'silent' }, dir);
  const code = await main([...args, '--db', target.dbUrl], io);
  return { code, out: io.out(), err: io.err() };
};

describe('tact rights', () => {
  it('access writes the PDF and JSON; consent lists the history; erase prints the receipt', async () => {
    const a = await tact('rights', 'access', '--phone', BORROWER, '--out', 'me.pdf');
    expect(a.code, a.err).toBe(0);
    expect(a.out).toMatch(/access export R-[0-9A-F]{10}/);
    expect(readFileSync(join(dir, 'me.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(JSON.parse(readFileSync(join(dir, 'me.json'), 'utf8')).format).toBe('tact-access/1');
    const c = await tact('rights', 'consent', '--phone', CONTACT);
    expect(c.out).toContain('listed');
    expect(c.out).toContain('opt_out');
    const fix = await tact('rights', 'correct', '--phone', BORROWER, '--name', '更正');
    expect(fix.out).toMatch(/corrected name; reference R-/);
    const e = await tact('rights', 'erase', '--phone', CONTACT);
    expect(e.code).toBe(0);
    expect(JSON.parse(e.out)).toMatchObject({ suppressed: true });
    expect((await tact('rights', 'erase', '--phone', CONTACT)).code).toBe(1);
  }, 60_000);

  it('refuses bad verbs, numbers and missing options', async () => {
    expect((await tact('rights', 'delete', '--phone', BORROWER)).code).toBe(2);
    expect((await tact('rights', 'access', '--phone', BORROWER)).code).toBe(2);
    expect((await tact('rights', 'erase', '--phone', 'abc')).err).toContain('TACT_ERR_EVIDENCE_BAD_PHONE');
    expect((await tact('rights', 'correct', '--phone', BORROWER)).err).toContain('TACT_ERR_EVIDENCE_NOTHING_TO_CORRECT');
  });
});

describe('tact retention', () => {
  it('dry run prints counts by table; a period below the legal minimum is refused; apply runs', async () => {
    const dry = await tact('retention', '--dry-run');
    expect(dry.code, dry.err).toBe(0);
    expect(dry.out).toContain('would remove (dry run); retention 1095 days');
    expect(dry.out).toMatch(/messages\.text_cleared\s+\d+/);
    expect(dry.out).not.toContain(BORROWER);
    const short = await tact('retention', '--dry-run', '--set-days', '0');
    expect(short.code).toBe(2);
    expect(short.err).toContain('TACT_ERR_EVIDENCE_RETENTION_TOO_SHORT');
    const set = await tact('retention', '--apply', '--tenant', h.tenant, '--set-days', '400');
    expect(set.code).toBe(0);
    expect(set.out).toContain('removed; retention 400 days');
    expect((await tact('retention')).code).toBe(2);
    expect((await tact('retention', '--dry-run', '--apply')).code).toBe(2);
    expect(existsSync(join(dir, 'tact.db'))).toBe(true);
  });
});
