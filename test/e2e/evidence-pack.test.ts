// Evidence packs on a seeded history of 200 messages (the real dispatcher): the pack's
// content and hashes, the PDF's text (pdftotext), `tact evidence` and
// `tact audit verify --pack` catching an edited JSON twin.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEvidencePack } from '../../src/app/evidence/make-evidence-pack.js';
import { nodeSha256Hex } from '../../src/adapters/system/node-sha256.js';
import { canonicalJson } from '../../src/core/canonical-json.js';
import type { EvidencePack } from '../../src/core/evidence/evidence-pack.js';
import { verifyEvidencePack } from '../../src/core/evidence/seal-evidence-pack.js';
import { main } from '../../src/main/tact.js';
import type { StoreTarget } from '../contract/store-fixture.js';
import { CAP, CONTACT, seedEvidenceHistory, type EvidenceHistory } from '../support/evidence-fixture.js';
import { memoryIo } from '../support/memory-io.js';
import { pdfText, pdfToolsAvailable } from '../support/pdf-tools.js';
import { sqliteTarget } from '../support/store-targets.js';

let target: StoreTarget;
let h: EvidenceHistory;
let pack: EvidencePack;
let dir: string;
const deps = () => ({ store: h.handle.store, now: () => h.clock.now(), sha256Hex: nodeSha256Hex });

beforeAll(async () => {
  target = await sqliteTarget('tact-evidence');
  h = await seedEvidenceHistory(target);
  pack = (await makeEvidencePack(deps(), h.tenant, { kind: 'account', accountId: h.account }, 'test'))!;
  dir = join(target.dbUrl.slice('sqlite:'.length), '..');
}, 60_000);
afterAll(async () => {
  await h.handle.close();
  await target.cleanup();
});

describe('evidence pack (data)', () => {
  it('holds every message of the account with its decision, attempts, local times and counters', () => {
    expect(pack.messages).toHaveLength(h.messages);
    const sent = pack.messages.filter((m) => m.sentAt !== null);
    const blocked = pack.messages.filter((m) => m.state === 'blocked');
    expect(sent).toHaveLength(2 * CAP);
    expect(blocked).toHaveLength(h.messages - 2 * CAP);
    for (const m of blocked) expect(m.decision.violations.map((v) => v.rule)).toContain('test-cap');
    for (const m of sent) {
      expect(m.attempts.length).toBeGreaterThan(0);
      expect(m.localTimes[0]?.zone).toBe('Asia/Shanghai');
      const day = m.counters.find((c) => c.name === 'sms_local_day')!;
      expect(day.limit).toBe(pack.rules.limits.smsPerDay);
      expect(day.value).toBeGreaterThanOrEqual(1);
      expect(day.value).toBeLessThanOrEqual(CAP);
    }
    // Counters grow by one per send of a person on one local day.
    const borrowerSends = sent.filter((m) => m.party === 'borrower').map((m) => m.counters[0]!.value).sort((a, b) => a - b);
    expect(borrowerSends).toEqual(Array.from({ length: CAP }, (_, i) => i + 1));
    expect(pack.messages.some((m) => m.receipts.some((r) => r.status === 'delivered'))).toBe(true);
  });

  it('masks numbers and names, keeps texts, shows the reply with its effect and the complaint', () => {
    const json = canonicalJson(pack);
    expect(json).not.toContain(CONTACT);
    expect(json).not.toContain('联系人');
    expect(pack.people.map((p) => p.phone)).toContain('+86138****0001');
    expect(pack.messages[0]!.text).toContain('您有一笔逾期款项');
    expect(pack.inbound).toHaveLength(1);
    expect(pack.inbound[0]!.text).toBe('TD 不要再发了');
    expect(pack.inbound[0]!.effects.join(' ')).toContain('suppression.added (opt_out)');
    expect(pack.complaints).toHaveLength(1);
    expect(pack.complaints[0]).toMatchObject({ complaint_id: 'cmp-1', category: 'third_party_contact', status: 'resolved' });
    expect(pack.suppressions.map((s) => s.reason)).toEqual(['opt_out']);
  });

  it('carries a contiguous audit segment whose hashes verify, and its hash is recorded in the chain', async () => {
    expect(verifyEvidencePack(JSON.parse(canonicalJson(pack)), nodeSha256Hex)).toEqual([]);
    const seqs = pack.audit.events.map((e) => e.seq);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => pack.audit.fromSeq + i));
    expect(pack.audit.events.some((e) => !('omitted' in e) && e.type === 'messages.claimed')).toBe(true);
    let last;
    for await (const e of h.handle.store.iterateAudit(h.tenant)) last = e;
    expect(last).toMatchObject({ type: 'evidence.generated', data: { packHash: pack.hashes.pack } });
  });

  it('names what was edited: a text, a removed audit event, a changed audit event', () => {
    const edited = JSON.parse(canonicalJson(pack)) as { messages: { text: string }[]; audit: { events: { seq: number; data?: unknown }[] } };
    edited.messages[3]!.text = 'changed';
    expect(verifyEvidencePack(edited, nodeSha256Hex)).toEqual([{ kind: 'section_hash', section: 'messages' }, { kind: 'pack_hash' }]);
    const removed = JSON.parse(canonicalJson(pack)) as typeof edited;
    const gone = removed.audit.events.splice(1, 1)[0]!;
    expect(verifyEvidencePack(removed, nodeSha256Hex)).toContainEqual({ kind: 'audit_seq_gap', seq: gone.seq + 1 });
    const changed = JSON.parse(canonicalJson(pack)) as typeof edited;
    const full = changed.audit.events.find((e) => e.data !== undefined)!;
    full.data = { forged: true };
    expect(verifyEvidencePack(changed, nodeSha256Hex)).toContainEqual({ kind: 'audit_hash', seq: full.seq });
  });
});

describe('tact evidence and tact audit verify --pack', () => {
  const env = () => ({ TACT_MASTER_KEY: h.key.toString('hex'), TACT_LOG_LEVEL: 'silent' });

  it('writes the PDF and the JSON twin; verify passes, then fails on an edited twin naming the section', async () => {
    const io = memoryIo('', env(), dir);
    expect(await main(['evidence', '--account', h.account, '--out', 'pack.pdf', '--db', target.dbUrl], io), io.err()).toBe(0);
    expect(io.out()).toMatch(/pack sha-256 [0-9a-f]{64}/);
    const json = readFileSync(join(dir, 'pack.json'), 'utf8');
    const ok = memoryIo('', {}, dir);
    expect(await main(['audit', 'verify', '--pack', 'pack.json'], ok), ok.err()).toBe(0);
    expect(ok.out()).toContain('evidence pack intact');
    writeFileSync(join(dir, 'edited.json'), json.replace('TD 不要再发了', 'TD'));
    const bad = memoryIo('', {}, dir);
    expect(await main(['audit', 'verify', '--pack', 'edited.json'], bad)).toBe(1);
    expect(bad.err()).toContain('TACT_ERR_EVIDENCE_PACK_TAMPERED');
    expect(bad.err()).toContain('section "inbound"');
    writeFileSync(join(dir, 'junk.json'), '{"format":"x"}');
    const junk = memoryIo('', {}, dir);
    expect(await main(['audit', 'verify', '--pack', 'junk.json'], junk)).toBe(2);
    expect(junk.err()).toContain('TACT_ERR_EVIDENCE_PACK_UNREADABLE');
  }, 120_000);

  it('refuses bad options and says when nothing is held', async () => {
    const a = memoryIo('', env(), dir);
    expect(await main(['evidence', '--account', h.account, '--db', target.dbUrl], a)).toBe(2);
    const b = memoryIo('', env(), dir);
    expect(await main(['evidence', '--phone', '+8613999999999', '--out', 'x.pdf', '--db', target.dbUrl], b)).toBe(1);
    expect(b.err()).toContain('TACT_ERR_EVIDENCE_NOTHING_HELD');
  });

  it.skipIf(!pdfToolsAvailable)('PDF pages carry the title, Chinese text, tables, page numbers and the hash footer', () => {
    const text = pdfText(join(dir, 'pack.pdf'));
    const twin = JSON.parse(readFileSync(join(dir, 'pack.json'), 'utf8')) as EvidencePack;
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    expect(pages[0]).toContain('Evidence pack 证据包');
    expect(pages[0]).toContain('account acc-0');
    expect(pages[0]).toContain(twin.hashes.pack);
    expect(pages[1]).toContain('Contents 目录');
    expect(text).toContain('您有一笔逾期款项');
    expect(text).toContain('TD 不要再发了');
    expect(text).toContain('third_party_contact');
    for (const [i, p] of pages.entries()) {
      expect(p).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(p).toContain(`Pack SHA-256 ${twin.hashes.pack}`);
    }
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '4', join(dir, 'pack.pdf'), join(dir, 'page')]);
  });
});
