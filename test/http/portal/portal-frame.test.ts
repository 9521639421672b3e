// The frame around /v/CODE that the hot path keeps (issue 6, portal speed): the code
// page's forms carry the code's token (no cookie per view; form-csrf.ts, "Code forms"),
// pages with a visitor's forms set the CSRF cookie with its attributes, the security
// headers are helmet's, and the public rate limit still trips per address at the
// configured limit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpApp } from '../../support/http-app.js';
import { Browser, CODES, startPortal, type PortalTest } from '../../support/portal-fixture.js';

const tokensOf = (html: string): string[] => [...html.matchAll(/name="_csrf" value="([^"]+)"/g)].map((m) => m[1]!);

describe('portal: the frame of /v/CODE', () => {
  let t: PortalTest;
  beforeAll(async () => {
    t = await startPortal();
  });
  afterAll(async () => t.close());

  it('carries the code\'s token in every form of the code page, the same for every visitor, and sets no cookie', async () => {
    const pages = await Promise.all([0, 1, 2].map(async () => {
      const b = new Browser(t);
      return { b, page: await b.get(`/v/${CODES.borrowerSent}`) };
    }));
    const seen = new Set<string>();
    for (const { b, page } of pages) {
      const tokens = tokensOf(page.body);
      expect(tokens).toHaveLength(4);
      expect(new Set(tokens).size).toBe(1);
      expect(tokens[0]).toMatch(/^[A-Za-z0-9_-]{43}$/);
      seen.add(tokens[0]!);
      // A view mints nothing: no cookie is set, and a later view carries the same token.
      expect(page.headers['set-cookie']).toBeUndefined();
      expect(b.cookies.size).toBe(0);
      const again = await b.get(`/v/${CODES.borrowerSent}?lang=en`);
      expect(tokensOf(again.body)).toEqual(tokens);
      expect(String(again.headers['set-cookie'])).not.toContain('tact_csrf');
    }
    expect(seen.size).toBe(1);
    // The token is bound to the code: another message's page carries another one.
    const other = await new Browser(t).get(`/v/${CODES.contactSent}`);
    expect(tokensOf(other.body)[0]).not.toBe([...seen][0]);
    const [first, second] = pages;
    expect(first!.page.body).toBe(second!.page.body);
  });

  it('sets the CSRF cookie httpOnly, SameSite=Lax, on path / on a page with a visitor\'s forms, with the helmet headers', async () => {
    const r = await t.app.inject({ method: 'GET', url: `/v/${CODES.contactSent}/access` });
    expect(r.headers['set-cookie']).toMatch(/^tact_csrf=[^;]+; Path=\/; HttpOnly; SameSite=Lax$/);
    // The cookie set with the page is the signed form of the page's token.
    const cookie = /^tact_csrf=([^;]+)/.exec(String(r.headers['set-cookie']))![1]!;
    expect(t.app.unsignCookie(decodeURIComponent(cookie))).toEqual({ valid: true, renew: false, value: tokensOf(r.body)[0] });
    for (const h of [r.headers, (await t.app.inject({ method: 'GET', url: `/v/${CODES.contactSent}` })).headers]) {
      expect(h['content-security-policy']).toContain("default-src 'self'");
      expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(h['referrer-policy']).toBe('no-referrer');
      expect(h['x-frame-options']).toBe('SAMEORIGIN');
      expect(h['strict-transport-security']).toContain('max-age=');
    }
  });
});

describe('portal: cookies on https and the public rate limit', () => {
  it('marks the CSRF cookie Secure when the public URL is https', async () => {
    const t = await startHttpApp({ config: { secureCookies: true } });
    try {
      const r = await t.app.inject({ method: 'GET', url: '/v/ZZZZZZZZ' });
      expect(r.headers['set-cookie']).toBeUndefined();
      const withForm = await t.app.inject({ method: 'GET', url: '/p/complaints/new' });
      expect(String(withForm.headers['set-cookie'])).toMatch(/tact_csrf=[^;]+; Path=\/; HttpOnly; Secure; SameSite=Lax/);
    } finally {
      await t.close();
    }
  });

  it('answers 429 TACT_ERR_HTTP_RATE_LIMITED past the per-address limit, with the security headers', async () => {
    const t = await startHttpApp({ config: { publicRateLimitPerMinute: 3 } });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i += 1) codes.push((await t.app.inject({ method: 'GET', url: '/v/ZZZZZZZZ' })).statusCode);
      expect(codes).toEqual([200, 200, 200, 429]);
      const limited = await t.app.inject({ method: 'GET', url: '/v/AB12CD34' });
      expect(limited.statusCode).toBe(429);
      expect((limited.json() as { error: { code: string } }).error.code).toBe('TACT_ERR_HTTP_RATE_LIMITED');
      expect(limited.headers['content-security-policy']).toContain("default-src 'self'");
      // Another address is counted on its own.
      expect((await t.app.inject({ method: 'GET', url: '/v/ZZZZZZZZ', remoteAddress: '10.0.0.9' })).statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });
});
