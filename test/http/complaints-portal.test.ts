// The portal complaint form through app.inject(): zh-CN by default and en with ?lang=en,
// a CSRF token (signed cookie + hidden field) required, each category filed with the
// code from a message, screenshots typed by content and limited in number and size.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageRecord } from '../../src/app/ports/store-records.js';
import { complaintCategories } from '../../src/core/complaints/complaint-model.js';
import { screenshotLimits } from '../../src/core/complaints/screenshot-type.js';
import { GIF, multipart, PNG, seedPlanned, type FormPart } from '../support/complaint-http.js';
import { startHttpApp, type HttpApp } from '../support/http-app.js';

describe('portal complaint form', () => {
  let t: HttpApp;
  let msgs: MessageRecord[];

  beforeAll(async () => {
    t = await startHttpApp({ start: '2026-12-07T02:00:00Z' });
    msgs = await seedPlanned(t.handle.store, t.tenantA, complaintCategories.length + 1, t.clock.now());
  });
  afterAll(async () => t.close());

  /** GET the form; returns the cookie header and the token in the page. */
  const openForm = async (code: string, lang?: string): Promise<{ cookie: string; csrf: string; body: string }> => {
    const r = await t.app.inject({ method: 'GET', url: `/p/complaints/new?code=${encodeURIComponent(code)}${lang === undefined ? '' : `&lang=${lang}`}` });
    expect(r.statusCode).toBe(200);
    const cookie = r.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    expect(cookie).toContain('tact_csrf=');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(r.body)?.[1] ?? '';
    return { cookie, csrf, body: r.body };
  };

  const post = async (parts: readonly FormPart[], cookie: string) => {
    const { payload, headers } = multipart(parts);
    return t.app.inject({ method: 'POST', url: '/p/complaints', payload, headers: { ...headers, cookie } });
  };

  it('renders zh-CN by default and en on request, without scripts', async () => {
    const zh = await openForm(msgs[0]!.verificationCode);
    expect(zh.body).toContain('<html lang="zh-CN">');
    expect(zh.body).toContain('提交投诉');
    expect(zh.body).toContain('enctype="multipart/form-data"');
    expect(zh.body).not.toContain('<script');
    const en = await openForm(msgs[0]!.verificationCode, 'en');
    expect(en.body).toContain('File a complaint');
    expect(en.body).toContain(`value="${msgs[0]!.verificationCode}"`);
  });

  it('files each category with the code from a message', async () => {
    for (const [i, category] of complaintCategories.entries()) {
      const m = msgs[i]!;
      const f = await openForm(m.verificationCode, i % 2 === 0 ? undefined : 'en');
      const r = await post([
        { name: '_csrf', value: f.csrf }, { name: 'code', value: m.verificationCode },
        { name: 'category', value: category }, { name: 'details', value: '晚上十一点还在打电话' },
        { name: 'screenshots', value: PNG, filename: 'a.png', type: 'image/png' },
      ], f.cookie);
      expect(r.statusCode).toBe(200);
      expect(r.body).toContain(i % 2 === 0 ? '我们已收到您的投诉' : 'We received your complaint');
      expect(r.body).not.toContain(m.to!);
    }
    const stored = await t.handle.store.listComplaints(t.tenantA, {});
    expect(stored.map((c) => c.category).sort()).toEqual([...complaintCategories].sort());
    expect(stored.every((c) => c.source === 'portal' && c.screenshots.length === 1 && c.text === '晚上十一点还在打电话')).toBe(true);
    // harassment: the complainant's number is suppressed for the account at once.
    expect(await t.handle.store.isSuppressed(t.tenantA, msgs[0]!.to!, msgs[0]!.accountIds[0])).toBe(true);
  });

  it('refuses a post without a matching CSRF token', async () => {
    const m = msgs[complaintCategories.length]!;
    const f = await openForm(m.verificationCode);
    const fields: FormPart[] = [{ name: 'code', value: m.verificationCode }, { name: 'category', value: 'other' }];
    expect((await post([...fields, { name: '_csrf', value: 'forged' }], f.cookie)).statusCode).toBe(403);
    const noCookie = await post([...fields, { name: '_csrf', value: f.csrf }], '');
    expect(noCookie.statusCode).toBe(403);
    expect(noCookie.body).toContain('TACT_ERR_HTTP_CSRF');
    const tampered = await post([...fields, { name: '_csrf', value: f.csrf }], `tact_csrf=${f.csrf}.AAAA`);
    expect(tampered.statusCode).toBe(403);
  });

  it('types screenshots by content and limits their number and size', async () => {
    const m = msgs[complaintCategories.length]!;
    const base = async (): Promise<{ parts: FormPart[]; cookie: string }> => {
      const f = await openForm(m.verificationCode);
      return { cookie: f.cookie, parts: [{ name: '_csrf', value: f.csrf }, { name: 'code', value: m.verificationCode }, { name: 'category', value: 'other' }] };
    };
    let f = await base();
    const gif = await post([...f.parts, { name: 'screenshots', value: GIF, filename: 'looks.png', type: 'image/png' }], f.cookie);
    expect(gif.statusCode).toBe(415);
    expect(gif.body).toContain('TACT_ERR_COMPLAINT_SCREENSHOT_TYPE');
    f = await base();
    const four = Array.from({ length: screenshotLimits.maxFiles + 1 }, (_, i): FormPart => ({ name: 'screenshots', value: PNG, filename: `${i}.png`, type: 'image/png' }));
    const many = await post([...f.parts, ...four], f.cookie);
    expect(many.statusCode).toBe(413);
    f = await base();
    const big = new Uint8Array(screenshotLimits.maxBytes + 10);
    big.set(PNG);
    const large = await post([...f.parts, { name: 'screenshots', value: big, filename: 'big.png', type: 'image/png' }], f.cookie);
    expect(large.statusCode).toBe(413);
    expect(large.body).toContain('TACT_ERR_COMPLAINT_SCREENSHOT_TOO_LARGE');
    f = await base();
    const unknown = await post([f.parts[0]!, { name: 'code', value: 'NOSUCHCODE' }, { name: 'category', value: 'other' }], f.cookie);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('TACT_ERR_COMPLAINT_BAD_CODE');
    expect(await t.handle.store.listComplaints(t.tenantA, { accountId: m.accountIds[0]! })).toEqual([]);
  });
});
