// The code flow with app.inject(): home, /v/CODE genuine and not found (identical page
// for every not-found input), language choice, stylesheet and CSP, no scripts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedRecord } from '../../support/dispatch-fixture.js';
import { Browser, CODES, startPortal, type PortalTest } from '../../support/portal-fixture.js';

describe('portal: verification', () => {
  let t: PortalTest;
  beforeAll(async () => {
    t = await startPortal();
  });
  afterAll(async () => t.close());

  it('serves the home page in Chinese by default, English by ?lang=en (kept in a cookie) or Accept-Language', async () => {
    const b = new Browser(t);
    const zh = await b.get('/');
    expect(zh.statusCode).toBe(200);
    expect(zh.headers['content-type']).toContain('text/html');
    expect(zh.body).toContain('<html lang="zh-CN">');
    expect(zh.body).toContain('核验码');
    const en = await b.get('/?lang=en');
    expect(en.body).toContain('<html lang="en">');
    expect(b.cookies.get('tact_lang')).toBe('en');
    expect((await b.get('/')).body).toContain('<html lang="en">');
    const byHeader = await new Browser(t, { 'accept-language': 'en-US,en;q=0.9,zh;q=0.5' }).get('/');
    expect(byHeader.body).toContain('<html lang="en">');
    const zhFirst = await new Browser(t, { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' }).get('/');
    expect(zhFirst.body).toContain('<html lang="zh-CN">');
  });

  it('has no script, no inline style, and its stylesheet comes from /p/assets under a self-only CSP', async () => {
    const r = await new Browser(t).get(`/v/${CODES.borrowerSent}`);
    expect(r.body).not.toMatch(/<script|style=|<style|onclick|javascript:/i);
    expect(r.body).toContain('<link rel="stylesheet" href="/p/assets/portal.css">');
    expect(r.body).toContain('name="viewport"');
    const csp = String(r.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    const css = await new Browser(t).get('/p/assets/portal.css');
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toContain('text/css');
    expect(css.body).toContain('@media');
  });

  it('redirects the home form (/v?code=) to /v/CODE', async () => {
    const r = await new Browser(t).get('/v?code=ab12-cd34');
    expect(r.statusCode).toBe(303);
    expect(r.headers.location).toBe('/v/ab12-cd34');
    expect((await new Browser(t).get('/v?code=')).headers.location).toBe('/');
  });

  it('says genuine, when (tenant zone) and to which masked number — and nothing about the debt', async () => {
    for (const typed of [CODES.borrowerSent, 'ab12-cd34', 'AB12 CD34']) {
      const r = await new Browser(t).get(`/v/${encodeURIComponent(typed)}`);
      expect(r.statusCode).toBe(200);
      expect(r.body).toContain('这条短信是真实的');
      expect(r.body).toContain('+86 138****5678');
      // Sent one hour before 2026-12-07T02:00Z: 09:00 in Asia/Shanghai.
      expect(r.body).toContain('2026-12-07 09:00 (GMT+8)');
      for (const secret of ['13812345678', '王小明', '800', '逾期', '示例金融']) expect(r.body).not.toContain(secret);
    }
    const en = await new Browser(t).get(`/v/${CODES.borrowerSent}?lang=en`);
    expect(en.body).toContain('This message is genuine');
    expect(en.body).toContain('2026-12-07 09:00 (GMT+8)');
  });

  it('shows the contact actions only for a message to a third party', async () => {
    const contact = await new Browser(t).get(`/v/${CODES.contactSent}`);
    expect(contact.body).toContain('value="refuse_contact"');
    expect(contact.body).toContain('value="confirm_contact"');
    expect(contact.body).toContain('+86 139****1111');
    const borrower = await new Browser(t).get(`/v/${CODES.borrowerSent}`);
    expect(borrower.body).not.toContain('value="refuse_contact"');
    expect(borrower.body).toContain('value="opt_out"');
    expect(borrower.body).toContain(`/p/complaints/new?code=${CODES.borrowerSent}`);
  });

  it('answers every code that is not a sent message with the identical page: malformed, unknown, planned only, too long', async () => {
    const inputs = ['x', '!!!', 'ZZZZZZZZ', '00000000', CODES.borrowerPlanned, 'AB12CD35', 'A'.repeat(60), '<script>alert(1)</script>'];
    const pages = await Promise.all(inputs.map((c) => new Browser(t).get(`/v/${encodeURIComponent(c)}`)));
    for (const p of pages) {
      expect(p.statusCode).toBe(200);
      expect(p.body).toContain('未找到这条短信');
      expect(p.body).not.toContain('<script>alert');
    }
    const first = pages[0]!;
    for (const p of pages) {
      expect(p.body).toBe(first.body);
      expect(p.headers['content-length']).toBe(first.headers['content-length']);
      expect(p.headers['set-cookie']).toBeUndefined();
    }
    // Same frame as a genuine page: one h1, one result block, the same note.
    const genuine = await new Browser(t).get(`/v/${CODES.borrowerSent}`);
    for (const body of [first.body, genuine.body]) {
      expect(body.match(/<h1>/g)).toHaveLength(1);
      expect(body.match(/class="result /g)).toHaveLength(1);
      expect(body).toContain('本页面不会显示任何借款信息、姓名或金额。');
    }
  });

  it('serves the help page in both languages', async () => {
    expect((await new Browser(t).get('/p/help')).body).toContain('免费求助');
    expect((await new Browser(t).get('/p/help?lang=en')).body).toContain('Free help');
  });

  it('answers "not found" when two tenants carry the same code (it cannot say which sent it)', async () => {
    const shared = 'W9X8Y7Z6';
    const ids = await t.handle.store.insertMessages(t.tenantA, [{
      accountIds: [t.account], personId: t.borrower, party: 'borrower', channel: 'sms', purpose: 'collection', to: '+8613812345678',
      body: 'x', state: 'sent', decision: {}, scheduledAt: t.clock.now(), verificationCode: shared,
    }], 'test');
    expect(ids).toHaveLength(1);
    expect((await new Browser(t).get(`/v/${shared}`)).body).toContain('这条短信是真实的');
    await t.handle.store.upsertImportBatch(t.tenantB, [{ ...seedRecord(5), currency: 'USD' }], 'test');
    const accB = (await t.handle.store.getAccountByExternalId(t.tenantB, 'acc-5'))!;
    const personB = (await t.handle.store.listAccountPeople(t.tenantB, accB.id))[0]!;
    await t.handle.store.insertMessages(t.tenantB, [{
      accountIds: [accB.id], personId: personB.personId, party: 'borrower', channel: 'sms', purpose: 'collection', to: '+8613800000010',
      body: 'x', state: 'sent', decision: {}, scheduledAt: t.clock.now(), verificationCode: shared,
    }], 'test');
    const both = await new Browser(t).get(`/v/${shared}`);
    expect(both.body).toBe((await new Browser(t).get('/v/ZZZZZZZZ')).body);
  });
});
