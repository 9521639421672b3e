// Actions on the number from a code page (no JavaScript: form POST, 303, GET), their
// effect on the store and on the dispatcher's send-time re-decision, CSRF rejection, and
// access/erasure behind a one-time code sent to the number.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { policyRedecide } from '../../../src/app/dispatch/policy-redecide.js';
import type { Verdict } from '../../../src/app/dispatch/redecide.js';
import type { MessageRecord } from '../../../src/app/ports/store-records.js';
import { BORROWER, Browser, CODES, CONTACT, csrfOf, lastOtp, startPortal, type PortalTest } from '../../support/portal-fixture.js';

const verdictOf = async (t: PortalTest, id: string) => {
  const m = (await t.handle.store.getMessage(t.tenantA, id as MessageRecord['id']))!;
  return (await policyRedecide(t.handle.store, t.tenantA, [m], t.clock.now())).get(id)!;
};
const rulesOf = (v: Verdict): string[] =>
  ((('decision' in v ? v.decision : undefined) as { violations?: { rule: string }[] } | undefined)?.violations ?? []).map((x) => x.rule);

describe('portal: actions on the number', () => {
  let t: PortalTest;
  beforeEach(async () => {
    t = await startPortal();
  });
  afterEach(async () => t.close());

  it('opts the number out (form → 303 → confirmation) and the planned message is blocked on re-decision', async () => {
    const before = await verdictOf(t, t.plannedId);
    expect(rulesOf(before)).not.toContain('opt-out');
    const b = new Browser(t);
    const r = await b.submit(`/v/${CODES.borrowerSent}`, `/v/${CODES.borrowerSent}/actions`, { action: 'opt_out' });
    expect(r.statusCode).toBe(303);
    expect(r.headers.location).toBe(`/v/${CODES.borrowerSent}?done=opt_out`);
    expect((await b.get(r.headers.location as string)).body).toContain('已退订');
    expect(await t.handle.store.isSuppressed(t.tenantA, BORROWER)).toBe(true);
    const after = await verdictOf(t, t.plannedId);
    expect(after.kind).toBe('block');
    expect(rulesOf(after)).toContain('opt-out');
    // Recorded like an inbound reply: a `web` inbound ledger row and audit events.
    const events = await t.handle.store.listContactEvents(t.tenantA, t.borrower);
    expect(events.some((e) => e.channel === 'web' && e.direction === 'inbound')).toBe(true);
    const types: string[] = [];
    for await (const e of t.handle.store.iterateAudit(t.tenantA)) types.push(e.type);
    expect(types).toContain('portal.action');
    expect(types).toContain('suppression.added');
  });

  it('records a contact’s refusal (link refused, number suppressed for the account) in English too', async () => {
    const b = new Browser(t);
    await b.get('/?lang=en');
    const r = await b.submit(`/v/${CODES.contactSent}`, `/v/${CODES.contactSent}/actions`, { action: 'refuse_contact' });
    expect((await b.get(r.headers.location as string)).body).toContain('you refused to be an emergency contact');
    const link = (await t.handle.store.personLinks(t.tenantA, t.contact))[0]!;
    expect(link.confirmation).toBe('refused');
    expect(await t.handle.store.isSuppressed(t.tenantA, CONTACT, t.account)).toBe(true);
  });

  it('records a confirmation and a wrong number', async () => {
    const b = new Browser(t);
    await b.submit(`/v/${CODES.contactSent}`, `/v/${CODES.contactSent}/actions`, { action: 'confirm_contact' });
    expect((await t.handle.store.personLinks(t.tenantA, t.contact))[0]!.confirmation).toBe('confirmed');
    const r = await b.submit(`/v/${CODES.borrowerSent}`, `/v/${CODES.borrowerSent}/actions`, { action: 'wrong_number' });
    expect(r.headers.location).toContain('done=wrong_number');
    expect(await t.handle.store.isSuppressed(t.tenantA, BORROWER, t.account)).toBe(true);
    expect(rulesOf(await verdictOf(t, t.plannedId))).toContain('wrong-number');
  });

  it('refuses a contact-only action on a message to the borrower', async () => {
    const r = await new Browser(t).submit(`/v/${CODES.borrowerSent}`, `/v/${CODES.borrowerSent}/actions`, { action: 'refuse_contact' });
    expect(r.headers.location).toContain('done=not_applicable');
    expect(await t.handle.store.isSuppressed(t.tenantA, BORROWER, t.account)).toBe(false);
  });

  it('rejects a code form without the token, with another code\'s token, or posted cross-site', async () => {
    const b = new Browser(t);
    const page = await b.get(`/v/${CODES.borrowerSent}`);
    const token = csrfOf(page.body);
    const url = `/v/${CODES.borrowerSent}/actions`;
    const missing = await b.post(url, { action: 'opt_out' });
    expect(missing.statusCode).toBe(403);
    expect((missing.json() as { error: { code: string } }).error.code).toBe('TACT_ERR_HTTP_CSRF');
    const otherCode = csrfOf((await new Browser(t).get(`/v/${CODES.contactSent}`)).body);
    expect((await b.post(url, { _csrf: otherCode, action: 'opt_out' })).statusCode).toBe(403);
    expect((await b.post(url, { _csrf: `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`, action: 'opt_out' })).statusCode).toBe(403);
    const forged = new Browser(t);
    forged.cookies.set('tact_csrf', 'x'.repeat(43)); // unsigned: a planted cookie is not accepted either
    expect((await forged.post(url, { _csrf: 'x'.repeat(43), action: 'opt_out' })).statusCode).toBe(403);
    // A browser's cross-site post is refused even with the right token, on every code form.
    for (const headers of [{ 'sec-fetch-site': 'cross-site' }, { 'sec-fetch-site': 'same-site' }, { origin: 'https://evil.example' }, { origin: 'https://evil.example', host: 'evil.example', 'sec-fetch-site': 'cross-site' }, { origin: 'null' }]) {
      for (const [path, form] of [[url, { _csrf: token, action: 'opt_out' }], [`/v/${CODES.borrowerSent}/access`, { _csrf: token }], [`/v/${CODES.borrowerSent}/erase`, { _csrf: token }]] as const) {
        const r = await new Browser(t, headers).post(path, form);
        expect(r.statusCode).toBe(403);
        expect((r.json() as { error: { code: string } }).error.code).toBe('TACT_ERR_HTTP_CSRF');
      }
    }
    expect(await t.handle.store.isSuppressed(t.tenantA, BORROWER)).toBe(false);
    expect(t.transport.messages()).toHaveLength(0);
    // The same form from this site goes through (Sec-Fetch-Site, or Origin matching Host).
    const sameOrigin = await new Browser(t, { 'sec-fetch-site': 'same-origin' }).post(url, { _csrf: token, action: 'confirm_contact' });
    expect(sameOrigin.statusCode).toBe(303);
    const withOrigin = await new Browser(t, { origin: 'https://portal.example', host: 'portal.example' }).post(url, { _csrf: token, action: 'confirm_contact' });
    expect(withOrigin.statusCode).toBe(303);
  });

  it('rejects a visitor\'s form (cookie and field) with a token of another browser, without the cookie, or posted cross-site', async () => {
    const b = new Browser(t);
    const page = await b.get('/p/sign-in');
    const token = csrfOf(page.body);
    expect(b.cookies.has('tact_csrf')).toBe(true);
    const other = new Browser(t);
    await other.get('/p/sign-in');
    expect((await other.post('/p/sign-in', { _csrf: token, phone: BORROWER })).statusCode).toBe(403);
    expect((await new Browser(t).post('/p/sign-in', { _csrf: token, phone: BORROWER })).statusCode).toBe(403);
    const forged = new Browser(t);
    forged.cookies.set('tact_csrf', token); // unsigned: a planted cookie is not accepted
    expect((await forged.post('/p/sign-in', { _csrf: token, phone: BORROWER })).statusCode).toBe(403);
    const cross = new Browser(t, { 'sec-fetch-site': 'cross-site' });
    for (const [k, v] of b.cookies) cross.cookies.set(k, v);
    expect((await cross.post('/p/sign-in', { _csrf: token, phone: BORROWER })).statusCode).toBe(403);
    expect((await b.post('/p/sign-in', { _csrf: token, phone: BORROWER })).statusCode).toBe(303);
  });

  it('gives a copy of everything sent to the number after a one-time code sent to it', async () => {
    const b = new Browser(t);
    const sent = await b.submit(`/v/${CODES.borrowerSent}`, `/v/${CODES.borrowerSent}/access`);
    expect(sent.headers.location).toBe(`/v/${CODES.borrowerSent}/access?otp=sent`);
    const otp = lastOtp(t.transport, BORROWER);
    expect(otp).toMatch(/^\d{6}$/);
    expect(t.transport.messages().at(-1)!.text).toContain('示例金融');
    const form = await b.get(sent.headers.location as string);
    expect(form.body).toContain('验证码已发送到 +86 138****5678');
    // Without a session the export is not shown.
    expect((await new Browser(t).get(`/v/${CODES.borrowerSent}/access/export`)).statusCode).toBe(303);
    const wrong = await b.post(`/v/${CODES.borrowerSent}/access/verify`, { _csrf: csrfOf(form.body), otp: otp === '000000' ? '111111' : '000000' });
    expect(wrong.headers.location).toContain('otp=wrong');
    const ok = await b.post(`/v/${CODES.borrowerSent}/access/verify`, { _csrf: csrfOf(form.body), otp: otp! });
    expect(ok.headers.location).toBe(`/v/${CODES.borrowerSent}/access/export`);
    const page = await b.get(ok.headers.location as string);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('&quot;phoneE164&quot;: &quot;+8613812345678&quot;');
    const file = await b.get(`/v/${CODES.borrowerSent}/access/export.json`);
    expect(file.headers['content-disposition']).toContain('attachment');
    const data = file.json() as { phoneE164: string; person: { messages: unknown[] } };
    expect(data.phoneE164).toBe(BORROWER);
    expect(data.person.messages.length).toBe(2);
    // The session proves the borrower's number, not the contact's.
    expect((await b.get(`/v/${CODES.contactSent}/access/export`)).statusCode).toBe(303);
  });

  it('says so when the SMS provider does not accept the one-time code', async () => {
    t.transport.setOutcome(BORROWER, 'reject');
    const b = new Browser(t);
    const r = await b.submit(`/v/${CODES.borrowerSent}`, `/v/${CODES.borrowerSent}/access`);
    expect(r.headers.location).toContain('otp=failed');
    expect((await b.get(r.headers.location as string)).body).toContain('验证码发送失败');
  });

  it('erases the number’s data after a one-time code and shows a receipt reference', async () => {
    const b = new Browser(t);
    await b.get('/?lang=en');
    await b.submit(`/v/${CODES.borrowerSent}`, `/v/${CODES.borrowerSent}/erase`);
    const form = await b.get(`/v/${CODES.borrowerSent}/erase?otp=sent`);
    expect(form.body).toContain('Enter the code to confirm erasure');
    const r = await b.post(`/v/${CODES.borrowerSent}/erase/verify`, { _csrf: csrfOf(form.body), otp: lastOtp(t.transport, BORROWER)! });
    expect(r.headers.location).toMatch(/^\/p\/receipts\/E-[0-9A-F]{12}$/);
    const receipt = await b.get(r.headers.location as string);
    expect(receipt.body).toContain(`Receipt reference: ${(r.headers.location as string).slice('/p/receipts/'.length)}`);
    expect(await t.handle.store.findPersonByPhone(t.tenantA, BORROWER)).toBeUndefined();
    expect(await t.handle.store.isSuppressed(t.tenantA, BORROWER)).toBe(true);
    const after = await b.get(`/v/${CODES.borrowerSent}`);
    expect(after.body).toContain('This message is genuine');
    expect(after.body).toContain('(number erased on request)');
    expect(after.body).not.toContain('138****5678');
  });
});
