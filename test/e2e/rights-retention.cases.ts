// Rights (access, correction, erasure, consent history) and the retention job, run on
// SQLite and PostgreSQL over the seeded evidence history (test/support/evidence-fixture.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEvidencePack } from '../../src/app/evidence/make-evidence-pack.js';
import { runRetention } from '../../src/app/retention/run-retention.js';
import { consentHistory } from '../../src/app/rights/consent-history.js';
import { requestAccess, requestCorrection, requestErasure } from '../../src/app/rights/rights-requests.js';
import { nodeSha256Hex } from '../../src/adapters/system/node-sha256.js';
import { canonicalJson } from '../../src/core/canonical-json.js';
import { DAY_MS } from '../../src/core/retention/retention-policy.js';
import type { StoreTarget } from '../contract/store-fixture.js';
import { seedRecord } from '../support/dispatch-fixture.js';
import { BORROWER, CONTACT, findAnywhere, seedEvidenceHistory, type EvidenceHistory } from '../support/evidence-fixture.js';

export const rightsAndRetentionCases = (newTarget: () => Promise<StoreTarget>): void => {
  let target: StoreTarget;
  let h: EvidenceHistory;
  const rd = () => ({ store: h.handle.store, now: () => h.clock.now() });
  beforeAll(async () => {
    target = await newTarget();
    h = await seedEvidenceHistory(target, 20);
  }, 60_000);
  afterAll(async () => {
    await h.handle.close();
    await target.cleanup();
  });

  it('access: the borrower gets their data, decisions and consent history, and nothing about the contact', async () => {
    const r = await requestAccess(rd(), h.tenant, BORROWER, 'test:compliance');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.reference).toMatch(/^R-[0-9A-F]{10}$/);
    expect(r.value.data.person?.messages).toHaveLength(20);
    expect(r.value.decisions).toHaveLength(20);
    expect(r.value.consentHistory[0]).toMatchObject({ event: 'listed', by: 'import' });
    const json = canonicalJson(r.value);
    expect(json).not.toContain(CONTACT);
    expect(json).not.toContain('联系人');
    expect(json).not.toContain('TD 不要再发了');
    expect((await requestAccess(rd(), h.tenant, '+8613999999999', 'test')).ok).toBe(false);
  });

  it('consent history: the contact was listed, then opted out by reply', async () => {
    const person = (await h.handle.store.findPersonByPhone(h.tenant, CONTACT))!;
    const history = (await consentHistory(h.handle.store, h.tenant, person.id))!;
    expect(history.map((e) => e.event)).toEqual(['listed', 'suppressed']);
    expect(history[1]).toMatchObject({ detail: 'opt_out', by: 'inbound', accountId: null });
  });

  it('correction: a wrong name is changed with an audit event that names the field, not the value', async () => {
    const r = await requestCorrection(rd(), h.tenant, { phoneE164: BORROWER, name: '改正后姓名' }, 'test:compliance');
    expect(r).toMatchObject({ ok: true, value: { fields: ['name'] } });
    const access = await requestAccess(rd(), h.tenant, BORROWER, 'test');
    expect(access.ok && access.value.data.person?.links[0]?.name).toBe('改正后姓名');
    const audit = [];
    for await (const e of h.handle.store.iterateAudit(h.tenant)) audit.push(e);
    const corrected = audit.find((e) => e.type === 'person.corrected')!;
    expect(corrected.data).toMatchObject({ fields: ['name'] });
    expect(JSON.stringify(audit)).not.toContain('改正后姓名');
    expect(await requestCorrection(rd(), h.tenant, { phoneE164: BORROWER, newPhoneE164: CONTACT }, 'test')).toEqual({ ok: false, error: 'phone_taken' });
  });

  it('erasure: no table holds the number or the name, in clear or sealed; a receipt states what the law keeps; re-import stays suppressed', async () => {
    const pack = await makeEvidencePack({ ...rd(), sha256Hex: nodeSha256Hex }, h.tenant, { kind: 'phone', phoneE164: CONTACT }, 'test');
    expect(pack?.messages).toHaveLength(20);
    const person = (await h.handle.store.findPersonByPhone(h.tenant, CONTACT))!;
    const sealed = await target.raw.all(
      `select phone_enc as v from people where person_id = '${person.id}'
       union all select name_enc from account_people where person_id = '${person.id}'
       union all select to_enc from messages where person_id = '${person.id}' and to_enc is not null
       union all select body_enc from contact_events where person_id = '${person.id}' and body_enc is not null`,
    );
    const needles = [CONTACT, CONTACT.slice(1), '联系人', 'TD 不要再发了', ...sealed.map((r) => String(r.v))];
    expect(sealed.length).toBeGreaterThanOrEqual(3);
    expect((await findAnywhere(target, needles)).length).toBeGreaterThan(0);

    const r = await requestErasure(rd(), h.tenant, CONTACT, 'test:compliance');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.reference).toMatch(/^R-/);
    expect(r.value.retained[0]?.basis).toContain('PIPL');
    expect(Date.parse(r.value.retained[0]!.keptUntil)).toBeGreaterThan(h.clock.now());
    expect(await findAnywhere(target, needles)).toEqual([]);
    // An evidence pack made afterwards still shows the pseudonymised ledger, no number.
    const after = await makeEvidencePack({ ...rd(), sha256Hex: nodeSha256Hex }, h.tenant, { kind: 'account', accountId: h.account }, 'test');
    expect(after?.messages.filter((m) => m.person.startsWith('erased:'))).toHaveLength(20);
    expect(await findAnywhere(target, needles)).toEqual([]);
    const again = await h.handle.store.upsertImportBatch(h.tenant, [seedRecord(0)], 'test');
    expect(again.suppressed).toEqual([{ line: 2, role: 'emergency_contact' }]);
    expect(await h.handle.store.isSuppressed(h.tenant, CONTACT)).toBe(true);
  });

  it('retention: dry run counts and changes nothing; apply after the period removes texts, quiet people and erased rows', async () => {
    const store = h.handle.store;
    const now0 = h.clock.now();
    const dry = (await runRetention(store, h.tenant, { apply: false, now: now0, actor: 'test' }))!;
    expect(dry.retentionDays).toBe(3 * 365);
    expect(Object.values(dry.counts).every((v) => v === 0)).toBe(true);
    h.clock.advance(3 * 365 * DAY_MS + DAY_MS);
    await target.raw.run(`update accounts set status = 'settled', updated_at = ${now0} where tenant_id = '${h.tenant}'`);
    await target.raw.run(`update account_people set updated_at = ${now0} where tenant_id = '${h.tenant}'`);
    await target.raw.run(`update people set updated_at = ${now0} where tenant_id = '${h.tenant}'`);
    const before = await findAnywhere(target, [BORROWER, '改正后姓名']);
    const planned = (await runRetention(store, h.tenant, { apply: false, now: h.clock.now(), actor: 'test' }))!;
    expect(planned.counts['messages.text_cleared']).toBeGreaterThan(0);
    // The borrower and the re-imported (suppressed) contact: no open account, quiet since the cutoff.
    expect(planned.counts['people.erased']).toBe(2);
    expect(await findAnywhere(target, [BORROWER, '改正后姓名'])).toEqual(before);
    const steps: string[] = [];
    const applied = (await runRetention(store, h.tenant, { apply: true, now: h.clock.now(), actor: 'test', onStep: (s) => steps.push(s) }))!;
    expect(steps).toHaveLength(5);
    expect(applied.counts['people.erased']).toBe(2);
    expect(applied.counts['messages.deleted']).toBeGreaterThan(0);
    expect(await store.findPersonByPhone(h.tenant, BORROWER)).toBeUndefined();
    // Retention is not an opt-out: the borrower's number is not suppressed.
    expect(await store.isSuppressed(h.tenant, BORROWER)).toBe(false);
    expect(await store.isSuppressed(h.tenant, CONTACT)).toBe(true);
    const left = await target.raw.all(`select count(*) as n from messages where tenant_id = '${h.tenant}' and (body_enc is not null or to_enc is not null)`);
    expect(Number(left[0]?.n)).toBe(0);
    const audit = [];
    for await (const e of store.iterateAudit(h.tenant)) audit.push(e.type);
    expect(audit.filter((t) => t === 'retention.applied').length).toBeGreaterThan(0);
    const rerun = (await runRetention(store, h.tenant, { apply: true, now: h.clock.now(), actor: 'test' }))!;
    expect(Object.values(rerun.counts).every((v) => v === 0)).toBe(true);
  });
};
