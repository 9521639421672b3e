// Complaints on a real database (run on SQLite and PostgreSQL by
// complaint-store-sqlite.test.ts / complaint-store-postgres.test.ts): filing with links,
// sealed text, number and screenshots; the life cycle and its refusals; the overdue
// filter at an instant; mediation pausing and resuming collection; per-version counts;
// settings; an audit event for every change.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { acknowledgeComplaint } from '../../src/app/complaints/acknowledge-complaint.js';
import { saveComplaintSettings } from '../../src/app/complaints/complaint-settings.js';
import { fileComplaint } from '../../src/app/complaints/file-complaint.js';
import { recordMediationOutcome } from '../../src/app/complaints/record-mediation-outcome.js';
import { referToMediation } from '../../src/app/complaints/refer-to-mediation.js';
import { resolveComplaint } from '../../src/app/complaints/resolve-complaint.js';
import type { StoreHandle } from '../../src/app/ports/store.js';
import type { MessageRecord } from '../../src/app/ports/store-records.js';
import { createNodeCipher } from '../../src/adapters/system/node-cipher.js';
import type { AccountId, TenantId } from '../../src/core/model/ids.js';
import { quietLogger, seedDueMessages } from '../support/dispatch-fixture.js';
import { testClock } from '../support/test-clock.js';
import type { StoreTarget } from './store-fixture.js';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...randomBytes(64)]);
const SECRET = '催收员在晚上十一点给我打电话并威胁我';

export const complaintStoreContract = (setup: () => Promise<StoreTarget>): void => {
  let t: StoreTarget;
  let h: StoreHandle;
  let tenant: TenantId;
  let messages: MessageRecord[];
  // Monday 2026-09-28 10:00 Asia/Shanghai; National Day follows on Thursday.
  const clock = testClock('2026-09-28T02:00:00Z');

  const audit = async (): Promise<string[]> => {
    const out: string[] = [];
    for await (const e of h.store.iterateAudit(tenant)) out.push(e.type);
    return out;
  };

  beforeAll(async () => {
    t = await setup();
    h = await t.open({ cipher: createNodeCipher(randomBytes(32)), logger: quietLogger, now: () => clock.now() });
    await h.migrate();
    const s = await seedDueMessages(h.store, { accounts: 3, perPerson: 2, at: clock.now(), borrowersOnly: true });
    tenant = s.tenant;
    messages = [];
    for (let i = 0; i < 3; i += 1) {
      const acc = await h.store.getAccountByExternalId(tenant, `acc-${i}`);
      messages.push(...(await h.store.listAccountMessages(tenant, acc!.id)));
    }
  });
  afterAll(async () => {
    await h?.close();
    await t?.cleanup();
  });

  it('files a complaint linked to account, person and message; text, number and screenshots are sealed', async () => {
    const m = (await h.store.getMessage(tenant, messages[0]!.id))!;
    const before = (await audit()).length;
    const r = await fileComplaint(h.store, tenant, { category: 'rude_or_threatening', source: 'api', messageIds: [m.id], text: SECRET, screenshots: [PNG] }, clock.now(), 'test');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const c = r.value.complaint;
    expect(c.accountId).toBe(m.accountIds[0]);
    expect(c.personId).toBe(m.personId);
    expect(c.phoneE164).toBe(m.to);
    expect(c.status).toBe('received');
    expect(c.screenshots).toEqual([{ id: expect.any(String), mediaType: 'image/png', sizeBytes: PNG.length }]);
    // Business days after Mon Sep 28: Sep 29, Sep 30, then Oct 1–7 are National Day → Oct 8.
    expect(new Date(c.acknowledgeBy).toISOString()).toBe('2026-10-08T16:00:00.000Z');
    const got = await h.store.getComplaint(tenant, c.id);
    expect(got?.text).toBe(SECRET);
    const shot = await h.store.getScreenshot(tenant, c.id, c.screenshots[0]!.id);
    expect(Buffer.from(shot!.bytes).equals(Buffer.from(PNG))).toBe(true);
    const raw = JSON.stringify(await t.raw.all(`select * from complaints`)) + JSON.stringify(await t.raw.all(`select * from complaint_screenshots`));
    expect(raw).not.toContain(SECRET);
    expect(raw).not.toContain(m.to!);
    expect(raw).not.toContain(Buffer.from(PNG).toString('base64'));
    expect((await audit()).slice(before)).toEqual(['complaint.filed']);
    expect(await h.store.getComplaint(tenant, 'nope')).toBeUndefined();
  });

  it('acknowledges, resolves, and refuses steps out of order; one audit event per step', async () => {
    const r = await fileComplaint(h.store, tenant, { category: 'other', source: 'agent_phone', accountId: messages[1]!.accountIds[0] as AccountId, text: '其他' }, clock.now(), 'test');
    if (!r.ok) throw new Error('file failed');
    const id = r.value.complaint.id;
    const before = (await audit()).length;
    expect((await acknowledgeComplaint(h.store, tenant, id, clock.now(), 'test')).ok).toBe(true);
    const again = await acknowledgeComplaint(h.store, tenant, id, clock.now(), 'test');
    expect(!again.ok && again.error[0]?.code).toBe('TACT_ERR_COMPLAINT_BAD_TRANSITION');
    const res = await resolveComplaint(h.store, tenant, id, {
      findings: '模板措辞不当', actions: ['template_withdrawn', 'agent_coached'], answer: '已致歉并撤回模板',
      refs: [{ kind: 'template', ref: 'zh-CN/sms/reminder.dpd7' }],
    }, clock.now(), 'test');
    expect(res.ok && res.value.status).toBe('resolved');
    if (res.ok) {
      expect(res.value.resolution).toEqual({ findings: '模板措辞不当', actions: ['template_withdrawn', 'agent_coached'], answer: '已致歉并撤回模板', refs: [{ kind: 'template', ref: 'zh-CN/sms/reminder.dpd7' }] });
    }
    const missing = await acknowledgeComplaint(h.store, tenant, 'nope', clock.now(), 'test');
    expect(!missing.ok && missing.error[0]?.code).toBe('TACT_ERR_COMPLAINT_NOT_FOUND');
    expect((await audit()).slice(before)).toEqual(['complaint.acknowledge', 'complaint.resolve']);
    const raw = JSON.stringify(await t.raw.all(`select * from complaints`));
    expect(raw).not.toContain('模板措辞不当');
  });

  it('lists overdue complaints at an instant', async () => {
    const all = await h.store.listComplaints(tenant, {});
    const open = all.filter((c) => c.status === 'received');
    expect(open.length).toBeGreaterThan(0);
    const due = Math.min(...open.map((c) => c.acknowledgeBy));
    expect(await h.store.listComplaints(tenant, { overdueAt: due - 1 })).toEqual([]);
    const overdue = await h.store.listComplaints(tenant, { overdueAt: due });
    expect(overdue.map((c) => c.id).sort()).toEqual(open.filter((c) => c.acknowledgeBy <= due).map((c) => c.id).sort());
    expect((await h.store.listComplaints(tenant, { statuses: ['resolved'] })).every((c) => c.status === 'resolved')).toBe(true);
  });

  it('refers to a named mediation body, pausing collection, and resumes it on the outcome', async () => {
    const account = messages[4]!.accountIds[0] as AccountId;
    const r = await fileComplaint(h.store, tenant, { category: 'amount_or_dispute', source: 'api', accountId: account }, clock.now(), 'test');
    if (!r.ok) throw new Error('file failed');
    const id = r.value.complaint.id;
    const unnamed = await referToMediation(h.store, tenant, id, 'sh-fin', clock.now(), 'test');
    expect(!unnamed.ok && unnamed.error[0]?.code).toBe('TACT_ERR_COMPLAINT_UNKNOWN_MEDIATION_BODY');
    const saved = await saveComplaintSettings(h.store, tenant, { mediationBodies: [{ id: 'sh-fin', name: '上海银行业纠纷调解中心' }], pauseDuringMediation: true }, 'test');
    expect(saved.ok).toBe(true);
    const before = (await audit()).length;
    const ref = await referToMediation(h.store, tenant, id, 'sh-fin', clock.now(), 'test');
    expect(ref.ok && ref.value.mediation).toEqual({ bodyId: 'sh-fin', referredAt: clock.now(), collectionPaused: true });
    expect((await h.store.getAccount(tenant, account))?.status).toBe('paused');
    const left = (await h.store.listAccountMessages(tenant, account)).filter((m) => m.state === 'planned');
    expect(left).toEqual([]);
    expect(await h.store.listComplaints(tenant, { overdueAt: clock.now() + 400 * 86_400_000, accountId: account })).toEqual([]);
    const out = await recordMediationOutcome(h.store, tenant, id, 'settled', clock.now() + 1000, 'test');
    expect(out.ok && out.value.status).toBe('mediated');
    expect((await h.store.getAccount(tenant, account))?.status).toBe('overdue');
    expect((await audit()).slice(before)).toEqual(['messages.cancelled', 'complaint.refer_to_mediation', 'complaint.record_mediation_outcome']);
  });

  it('counts complaints per strategy, template and rule ref, distinct per complaint', async () => {
    const counts = await h.store.complaintCounts(tenant, {});
    const template = counts.find((c) => c.kind === 'template' && c.ref === 'zh-CN/sms/reminder.dpd7');
    expect(template?.complaints).toBe(1);
    const pack = counts.find((c) => c.kind === 'rule' && c.ref === 'cn');
    expect(pack?.complaints).toBe(1); // only the first complaint named a message
    expect(await h.store.complaintCounts(tenant, { from: clock.now() + 1 })).toEqual([]);
  });

  it('erasure keeps the complaint but drops its text, number, resolution and screenshots', async () => {
    const m = (await h.store.getMessage(tenant, messages[0]!.id))!;
    const c = (await h.store.listComplaints(tenant, { accountId: m.accountIds[0] as AccountId })).find((x) => x.screenshots.length === 1);
    expect(c?.personId).toBe(m.personId);
    const erased = await h.store.erasePerson(tenant, m.personId!, 'test');
    expect(erased.ok).toBe(true);
    const after = await h.store.getComplaint(tenant, c!.id);
    expect(after).toMatchObject({ id: c!.id, category: c!.category, status: c!.status, screenshots: [] });
    expect(after?.text).toBeUndefined();
    expect(after?.phoneE164).toBeUndefined();
    expect(after?.personId).toBeUndefined();
    expect(await h.store.getScreenshot(tenant, c!.id, c!.screenshots[0]!.id)).toBeUndefined();
  });
};
