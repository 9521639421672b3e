// Borrower sign-in with one-time codes (same answer for unknown numbers, expiry, attempt
// limit, resend throttle) and the signed-in pages: what is owed, messages, plan (accepted
// plans stop reminders), inconvenient times and dispute (both block on re-decision), how
// to pay (allow-listed links only), isolation from other people's accounts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { policyRedecide } from '../../../src/app/dispatch/policy-redecide.js';
import type { Verdict } from '../../../src/app/dispatch/redecide.js';
import { accountRef } from '../../../src/app/portal/borrower-accounts.js';
import type { MessageRecord } from '../../../src/app/ports/store-records.js';
import { BORROWER, Browser, CODES, csrfOf, lastOtp, startPortal, type PortalTest } from '../../support/portal-fixture.js';

const verdictOf = async (t: PortalTest, id: string) => {
  const m = (await t.handle.store.getMessage(t.tenantA, id as MessageRecord['id']))!;
  return (await policyRedecide(t.handle.store, t.tenantA, [m], t.clock.now())).get(id)!;
};
const rulesOf = (v: Verdict): string[] =>
  ((('decision' in v ? v.decision : undefined) as { violations?: { rule: string }[] } | undefined)?.violations ?? []).map((x) => x.rule);

const signIn = async (t: PortalTest, b: Browser): Promise<void> => {
  const r = await b.submit('/p/sign-in', '/p/sign-in', { phone: '138 1234 5678' });
  expect(r.headers.location).toBe('/p/sign-in?status=sent');
  await vi.waitFor(() => expect(lastOtp(t.transport, BORROWER)).toBeDefined());
  const page = await b.get('/p/sign-in?status=sent');
  const ok = await b.post('/p/sign-in/verify', { _csrf: csrfOf(page.body), otp: lastOtp(t.transport, BORROWER)! });
  expect(ok.headers.location).toBe('/p/accounts');
};

describe('portal: borrowers', () => {
  let t: PortalTest;
  let ref: string;
  beforeEach(async () => {
    t = await startPortal();
    ref = accountRef(t.tenantA, t.account);
  });
  afterEach(async () => t.close());

  it('answers the same for a registered and an unknown number, and sends a code only to the registered one', async () => {
    const known = await new Browser(t).submit('/p/sign-in', '/p/sign-in', { phone: BORROWER });
    const unknown = await new Browser(t).submit('/p/sign-in', '/p/sign-in', { phone: '+8613700000000' });
    expect(unknown.statusCode).toBe(known.statusCode);
    expect(unknown.headers.location).toBe(known.headers.location);
    const a = await new Browser(t).get('/p/sign-in?status=sent');
    expect(a.body).toContain('如果这个号码已登记，验证码已经发出');
    await vi.waitFor(() => expect(lastOtp(t.transport, BORROWER)).toMatch(/^\d{6}$/));
    expect(t.transport.messages().filter((m) => m.to === '+8613700000000')).toHaveLength(0);
    // A bad number is told so (it reveals nothing about registration).
    expect((await new Browser(t).submit('/p/sign-in', '/p/sign-in', { phone: 'abc' })).headers.location).toBe('/p/sign-in?status=bad_phone');
  });

  it('locks a code after 5 wrong tries, expires it after 5 minutes, and throttles resends to one a minute', async () => {
    const b = new Browser(t);
    await b.submit('/p/sign-in', '/p/sign-in', { phone: BORROWER });
    await vi.waitFor(() => expect(lastOtp(t.transport, BORROWER)).toBeDefined());
    const good = lastOtp(t.transport, BORROWER)!;
    const bad = good === '999999' ? '999998' : '999999';
    const page = await b.get('/p/sign-in?status=sent');
    const outcomes: string[] = [];
    for (let i = 0; i < 5; i += 1) outcomes.push(String((await b.post('/p/sign-in/verify', { _csrf: csrfOf(page.body), otp: bad })).headers.location));
    expect(outcomes.slice(0, 4).every((l) => l.endsWith('status=wrong'))).toBe(true);
    expect(outcomes[4]).toContain('status=locked');
    expect((await b.post('/p/sign-in/verify', { _csrf: csrfOf(page.body), otp: good })).headers.location).toContain('status=locked');
    // A new code within a minute: throttled (nothing sent).
    const count = t.transport.messages().length;
    await b.post('/p/sign-in', { _csrf: csrfOf(page.body), phone: BORROWER });
    await new Promise((r) => setTimeout(r, 50));
    expect(t.transport.messages()).toHaveLength(count);
    t.clock.advance(61_000);
    await b.post('/p/sign-in', { _csrf: csrfOf(page.body), phone: BORROWER });
    await vi.waitFor(() => expect(t.transport.messages()).toHaveLength(count + 1));
    t.clock.advance(5 * 60_000);
    expect((await b.post('/p/sign-in/verify', { _csrf: csrfOf(page.body), otp: lastOtp(t.transport, BORROWER)! })).headers.location).toContain('status=expired');
  });

  it('shows what is owed and the messages sent, in Chinese and English; sessions expire', async () => {
    const b = new Browser(t);
    await signIn(t, b);
    const list = await b.get('/p/accounts');
    expect(list.body).toContain('示例金融');
    expect(list.body).toContain('¥6,400.00');
    expect(list.body).toContain('¥800.00');
    expect(list.body).toContain('2026-10-01');
    const page = await b.get(`/p/accounts/${ref}`);
    expect(page.body).toContain('您的借款已逾期');
    expect(page.body).not.toContain('请转告'); // the contact's message is not the borrower's
    expect(page.body).not.toContain('还款提醒。'); // planned, not sent yet
    const en = await b.get(`/p/accounts/${ref}?lang=en`);
    expect(en.body).toContain('Messages sent to you');
    expect(en.body).toContain('<dt>Status</dt><dd>Overdue</dd>');
    t.clock.advance(31 * 60_000);
    expect((await b.get('/p/accounts')).headers.location).toBe('/p/sign-in');
  });

  it('hides other people’s accounts behind the same not-found page', async () => {
    const b = new Browser(t);
    await signIn(t, b);
    expect((await b.get(`/p/accounts/${t.tenantB}.${t.account}`)).statusCode).toBe(404);
    expect((await b.get('/p/accounts/nonsense')).statusCode).toBe(404);
    expect((await new Browser(t).get(`/p/accounts/${ref}`)).headers.location).toBe('/p/sign-in');
  });

  it('accepts a plan inside the rules at once: pending reminders are cancelled and re-decision cancels new ones', async () => {
    const b = new Browser(t);
    await signIn(t, b);
    const page = await b.get(`/p/accounts/${ref}`);
    expect(page.body).toContain('最多 6 期，首期不少于 10%');
    const r = await b.post(`/p/accounts/${ref}/plan`, { _csrf: csrfOf(page.body), offer: '1' });
    expect(r.headers.location).toBe(`/p/accounts/${ref}?done=plan_accepted`);
    expect((await b.get(r.headers.location as string)).body).toContain('还款计划已生效');
    const planned = await t.handle.store.getMessage(t.tenantA, t.plannedId as MessageRecord['id']);
    expect(planned!.state).toBe('cancelled');
    const [acc] = await t.handle.store.getPlanAccounts(t.tenantA, [t.account]);
    expect(acc!.flags).toContain('repayment_plan');
    expect((await t.handle.store.listOverdueAccounts(t.tenantA, { limit: 10 })).map((a) => a.id)).not.toContain(t.account);
    // A reminder queued by anything else afterwards is cancelled at send time.
    const [late] = await t.handle.store.insertMessages(t.tenantA, [{
      accountIds: [t.account], personId: t.borrower, party: 'borrower', channel: 'sms', purpose: 'collection', to: BORROWER,
      body: '还款提醒。回复TD退订', state: 'planned', decision: {}, scheduledAt: t.clock.now(), verificationCode: 'ZZ9Y8X7W',
    }], 'test');
    expect((await verdictOf(t, late!.id)).kind).toBe('cancel');
    const plans = await t.handle.store.listPlans(t.tenantA, t.account);
    expect(plans.map((p) => [p.status, p.instalments])).toEqual([['accepted', 3]]);
  });

  it('keeps a plan outside the rules as proposed; reminders continue', async () => {
    const b = new Browser(t);
    await signIn(t, b);
    const page = await b.get(`/p/accounts/${ref}`);
    const r = await b.post(`/p/accounts/${ref}/plan`, { _csrf: csrfOf(page.body), offer: 'custom', instalments: '24', first: '10.00', days: '700' });
    expect(r.headers.location).toContain('done=plan_proposed');
    expect((await t.handle.store.getMessage(t.tenantA, t.plannedId as MessageRecord['id']))!.state).toBe('planned');
    expect((await t.handle.store.listPlans(t.tenantA, t.account))[0]!.status).toBe('proposed');
    const bad = await b.post(`/p/accounts/${ref}/plan`, { _csrf: csrfOf(page.body), offer: 'custom', instalments: '2', first: '9999999', days: '30' });
    expect(bad.headers.location).toContain('done=plan_invalid');
  });

  it('stores inconvenient times where the decision-context loader reads them: a message in that window is blocked', async () => {
    const b = new Browser(t);
    await signIn(t, b);
    expect(rulesOf(await verdictOf(t, t.plannedId))).not.toContain('person-inconvenient');
    const page = await b.get(`/p/accounts/${ref}`);
    // Now is Monday 10:00 in Asia/Shanghai.
    const r = await b.post(`/p/accounts/${ref}/inconvenient`, { _csrf: csrfOf(page.body), days: ['mon'], from: '09:00', to: '12:00', channel: 'sms' });
    expect(r.headers.location).toContain('done=prefs_saved');
    const shown = await b.get(r.headers.location as string);
    expect(shown.body).toContain('周一 · 09:00–12:00 · 短信');
    const v = await verdictOf(t, t.plannedId);
    expect(v.kind).not.toBe('send');
    expect(rulesOf(v)).toContain('person-inconvenient');
    await b.post(`/p/accounts/${ref}/inconvenient`, { _csrf: csrfOf(shown.body), clear: '1' });
    expect(rulesOf(await verdictOf(t, t.plannedId))).not.toContain('person-inconvenient');
  });

  it('records a dispute: collection pauses on re-decision', async () => {
    const b = new Browser(t);
    await signIn(t, b);
    const page = await b.get(`/p/accounts/${ref}`);
    const r = await b.post(`/p/accounts/${ref}/dispute`, { _csrf: csrfOf(page.body) });
    expect(r.headers.location).toContain('done=dispute_done');
    expect((await t.handle.store.getPlanAccounts(t.tenantA, [t.account]))[0]!.disputedAt).toBe(t.clock.now());
    expect(rulesOf(await verdictOf(t, t.plannedId))).toContain('dispute');
    expect((await b.post(`/p/accounts/${ref}/dispute`, { _csrf: csrfOf(page.body) })).headers.location).toContain('dispute_already');
  });

  it('shows bank transfer details and only allow-listed https payment links, and the payments made', async () => {
    await t.handle.store.setPortalSettings(t.tenantA, {
      planRules: { maxInstalments: 3, minFirstPaymentPct: 20, maxTermDays: 90 },
      repayment: {
        bankTransfer: { bankName: '示例银行', accountName: '示例金融有限公司', accountNumber: '6222 0000 1111', reference: '借款编号' },
        links: [{ label: '在线还款', url: 'https://pay.example.cn/r' }, { label: '假链接', url: 'https://pay.example.cn.evil.test/r' }, { label: 'http', url: 'http://pay.example.cn/r' }],
        linkDomains: ['example.cn'],
      },
    }, 'test');
    await t.handle.store.transaction(async (tx) => {
      await tx.insertPayment(t.tenantA, { externalId: 'p-1', accountId: t.account, amountMinor: 12_345, currency: 'CNY', paidAt: t.clock.now() - 86_400_000, source: 'test' }, 'test');
    });
    const b = new Browser(t);
    await signIn(t, b);
    const page = await b.get(`/p/accounts/${ref}`);
    expect(page.body).toContain('6222 0000 1111');
    expect(page.body).toContain('href="https://pay.example.cn/r"');
    expect(page.body).not.toContain('evil.test');
    expect(page.body).not.toContain('http://pay.example.cn');
    expect(page.body).toContain('¥123.45');
    expect(page.body).toContain('最多 3 期，首期不少于 20%');
  });

  it('signs out', async () => {
    const b = new Browser(t);
    await signIn(t, b);
    const page = await b.get('/p/accounts');
    expect((await b.post('/p/sign-out', { _csrf: csrfOf(page.body) })).headers.location).toBe('/');
    expect((await b.get('/p/accounts')).headers.location).toBe('/p/sign-in');
  });

  it('leaves the code page of another borrower untouched by a session', async () => {
    const b = new Browser(t);
    await signIn(t, b);
    expect((await b.get(`/v/${CODES.contactSent}/access/export`)).statusCode).toBe(303);
  });

  it('renders every page in both languages, with no untranslated placeholder', async () => {
    const b = new Browser(t);
    await signIn(t, b);
    const pages = ['/', '/p/help', '/p/sign-in', '/p/sign-in?status=sent', `/v/${CODES.borrowerSent}`, `/v/${CODES.contactSent}`, '/v/NOPE', `/v/${CODES.borrowerSent}/access?otp=sent`, `/v/${CODES.borrowerSent}/erase?otp=failed`, '/p/receipts/E-0123456789AB', '/p/accounts', `/p/accounts/${ref}?done=plan_proposed`];
    for (const lang of ['zh-CN', 'en'] as const) {
      for (const url of pages) {
        const r = await b.get(`${url}${url.includes('?') ? '&' : '?'}lang=${lang}`);
        expect(r.statusCode, url).toBe(200);
        expect(r.body, url).toContain(`<html lang="${lang}">`);
        expect(r.body, url).not.toMatch(/\{[a-zA-Z]\w*\}|undefined|\[object /);
        // Lenders' names and message texts are data, in their own language.
        if (lang === 'en' && !url.startsWith('/p/accounts')) expect(r.body.replace(/<a [^>]*lang="zh-CN"[^>]*>[^<]*<\/a>/, ''), url).not.toMatch(/[\u4e00-\u9fff]{4}/);
      }
    }
  });
});
