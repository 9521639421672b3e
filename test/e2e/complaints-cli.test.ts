// `tact complaints` in-process on a simulated clock: file (an agent classifying an
// inbound SMS), the queue and the overdue queue, show, acknowledge and resolve several
// ids with a summary (exit 1 when one is refused), bad input (exit 2).
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createComplaintsCommand } from '../../src/cli/complaints-command.js';
import { openStore } from '../../src/main/open-store.js';
import { main } from '../../src/main/tact.js';
import { memoryIo } from '../support/memory-io.js';
import { testClock } from '../support/test-clock.js';

describe('tact complaints', () => {
  let dir: string;
  let env: Record<string, string>;
  // Friday 2026-02-13 09:00 Shanghai; the Spring Festival (Feb 15–23) follows.
  const clock = testClock('2026-02-13T01:00:00Z');
  const command = createComplaintsCommand({ openStore, clock });
  const db = () => ['--db', `sqlite:${join(dir, 'tact.db')}`, '--tenant', 'acme'];
  const run = async (...args: string[]) => {
    const io = memoryIo('', env, dir);
    const code = await command.run([...args, ...db()], io);
    return { code, out: io.out(), err: io.err() };
  };
  const ids: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tact-complaints-cli-'));
    env = { TACT_MASTER_KEY: randomBytes(32).toString('hex'), TACT_LOG_LEVEL: 'silent' };
    const io = memoryIo('', env, dir);
    expect(await main(['migrate', ...db().slice(0, 2)], io)).toBe(0);
    copyFileSync(new URL('../../examples/import/accounts.csv', import.meta.url), join(dir, 'accounts.csv'));
    expect(await main(['import', 'accounts.csv', ...db(), '--region', 'CN'], memoryIo('', env, dir))).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('files complaints and reports the protection applied', async () => {
    const a = await run('file', '--category', 'not_my_debt', '--source', 'inbound_sms', '--phone', '+8613800138001', '--text', '这不是我的贷款');
    expect(a.code).toBe(0);
    expect(a.out).toMatch(/^filed \S+ \(not_my_debt\); protection: pause_dispute\n$/);
    const b = await run('file', '--category', 'harassment_frequency', '--account', 'CN-2026-0002');
    expect(b.out).toContain('protection: suppress_number');
    for (const out of [a.out, b.out]) ids.push(/^filed (\S+)/.exec(out)![1]!);
    expect((await run('file', '--category', 'shouting')).code).toBe(2);
    expect((await run('file', '--category', 'other', '--account', 'NOPE')).code).toBe(2);
  });

  it('lists the queue with due dates across the Spring Festival, and the overdue queue', async () => {
    const list = await run();
    expect(list.code).toBe(0);
    // Sat Feb 14 (make-up workday), then Feb 24 and 25 → acknowledge by Feb 25 23:59 Shanghai.
    expect(list.out).toContain('2026-02-25 23:59');
    expect(list.out).toContain('2 complaint(s), 0 overdue (times in Asia/Shanghai)');
    clock.set(Date.parse('2026-02-25T16:00:00Z'));
    const late = await run('--overdue');
    expect(late.out).toContain('OVERDUE (acknowledge)');
    expect(late.out).toContain('2 complaint(s), 2 overdue');
  });

  it('shows, acknowledges and resolves with a summary', async () => {
    const show = await run('show', ids[0]!);
    expect(show.out).toContain('这不是我的贷款');
    expect(show.out).toMatch(/source:\s+inbound_sms/);
    expect(show.out).toMatch(/protective actions:\s+pause_dispute/);
    const ack = await run('acknowledge', ids[0]!);
    expect(ack.out).toBe('acknowledged 1 of 1 complaint(s)\n');
    const res = await run('resolve', ids[0]!, 'no-such-id', '--findings', '借款人身份核实有误', '--action', 'contact_suppressed,agent_coached');
    expect(res.code).toBe(1);
    expect(res.out).toBe('resolved 1 of 2 complaint(s), 1 refused\n');
    expect(res.err).toContain('TACT_ERR_COMPLAINT_NOT_FOUND');
    expect((await run('resolve', ids[1]!, '--findings', 'x', '--action', 'fired_everyone')).code).toBe(2);
    const after = await run('--all');
    expect(after.out).toContain('resolved');
    expect((await run('show', 'no-such-id')).code).toBe(1);
  });
});
