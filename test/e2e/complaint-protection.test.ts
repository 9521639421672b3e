// Filing a complaint protects the complainant at once: the next planned message to them
// is blocked on the dispatcher's re-decision (the production policyRedecide, inside a
// store transaction as the claim runs it), by the rule the category calls for. A
// category without a statutory action (rude_or_threatening) blocks nothing by itself.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileComplaint } from '../../src/app/complaints/file-complaint.js';
import { saveComplaintSettings } from '../../src/app/complaints/complaint-settings.js';
import { policyRedecide } from '../../src/app/dispatch/policy-redecide.js';
import type { StoreHandle } from '../../src/app/ports/store.js';
import type { MessageRecord } from '../../src/app/ports/store-records.js';
import { createNodeCipher } from '../../src/adapters/system/node-cipher.js';
import type { ComplaintCategory } from '../../src/core/complaints/complaint-model.js';
import type { TenantId } from '../../src/core/model/ids.js';
import { quietLogger, seedDueMessages } from '../support/dispatch-fixture.js';
import { sqliteTarget } from '../support/store-targets.js';
import type { StoreTarget } from '../contract/store-fixture.js';
import { testClock } from '../support/test-clock.js';

interface Verdict { kind: string; decision?: { violations?: { reason: string; rule: string }[] } }

describe('protective actions on filing, seen by the re-decision', () => {
  // Monday 2026-01-05 10:00 Asia/Shanghai: a workday inside cn's permitted hours.
  const clock = testClock('2026-01-05T02:00:00Z');
  let target: StoreTarget;
  let h: StoreHandle;
  let tenant: TenantId;
  const planned: MessageRecord[] = [];

  const redecide = async (m: MessageRecord): Promise<Verdict> =>
    h.store.transaction(async (tx) => (await policyRedecide(tx, tenant, [m], clock.now())).get(m.id) as Verdict);

  beforeAll(async () => {
    target = await sqliteTarget('tact-complaint-protection');
    h = await target.open({ cipher: createNodeCipher(randomBytes(32)), logger: quietLogger, now: () => clock.now() });
    await h.migrate();
    const s = await seedDueMessages(h.store, { accounts: 6, perPerson: 1, at: clock.now(), borrowersOnly: true });
    tenant = s.tenant;
    for (let i = 0; i < 6; i += 1) {
      const acc = await h.store.getAccountByExternalId(tenant, `acc-${i}`);
      planned.push(...(await h.store.listAccountMessages(tenant, acc!.id)));
    }
  });
  afterAll(async () => {
    await h?.close();
    await target?.cleanup();
  });

  const rows: readonly { i: number; category: ComplaintCategory; verdict: string; reason?: string; rule?: string }[] = [
    { i: 0, category: 'harassment_frequency', verdict: 'block', reason: 'POLICY_OPTED_OUT', rule: 'opt-out' },
    { i: 1, category: 'third_party_disclosure', verdict: 'block', reason: 'POLICY_OPTED_OUT', rule: 'opt-out' },
    { i: 2, category: 'not_my_debt', verdict: 'block', reason: 'POLICY_DISPUTE_PAUSED', rule: 'dispute' },
    { i: 3, category: 'wrong_number', verdict: 'block', reason: 'POLICY_WRONG_NUMBER', rule: 'wrong-number' },
    { i: 4, category: 'rude_or_threatening', verdict: 'send' },
  ];
  it.each(rows)('$category → $verdict $reason', async (r) => {
    const m = planned[r.i]!;
    expect((await redecide(m)).kind).toBe('send'); // allowed before the complaint
    const filed = await fileComplaint(h.store, tenant, { category: r.category, source: 'api', messageIds: [m.id] }, clock.now(), 'test');
    expect(filed.ok).toBe(true);
    const v = await redecide(m);
    expect(v.kind).toBe(r.verdict);
    if (r.reason !== undefined) {
      expect(v.decision?.violations?.map((x) => x.reason)).toContain(r.reason);
      expect(v.decision?.violations?.map((x) => x.rule)).toContain(r.rule);
    }
  });

  it('a tenant may add an action (rude_or_threatening → suppress) but not drop a statutory one', async () => {
    const refused = await saveComplaintSettings(h.store, tenant, { actions: { harassment_frequency: ['flag_for_review'] } }, 'test');
    expect(!refused.ok && refused.error[0]?.code).toBe('TACT_ERR_COMPLAINT_ACTION_BELOW_STATUTORY');
    const saved = await saveComplaintSettings(h.store, tenant, { actions: { rude_or_threatening: ['suppress_number', 'flag_for_review'] } }, 'test');
    expect(saved.ok).toBe(true);
    const m = planned[5]!;
    expect((await redecide(m)).kind).toBe('send');
    await fileComplaint(h.store, tenant, { category: 'rude_or_threatening', source: 'portal', messageIds: [m.id] }, clock.now(), 'test');
    const v = await redecide(m);
    expect(v.kind).toBe('block');
    expect(v.decision?.violations?.map((x) => x.reason)).toContain('POLICY_OPTED_OUT');
  });
});
