// The frame around /v/CODE that the hot path keeps (issue 6, portal speed): every
// visitor's forms carry their own CSRF token even though the page text is rendered once
// per message, the CSRF cookie keeps its attributes, the security headers are helmet's,
// and the public rate limit still trips per address at the configured limit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpApp } from '../../support/http-app.js';
import { Browser, CODES, csrfOf, startPortal, type PortalTest } from '../../support/portal-fixture.js';

const tokensOf = (html: string): string[] => [...html.matchAll(/name="_csrf" value="([^"]+)"/g)].map((m) => m[1]!);

describe('portal: the frame of /v/CODE', () => {
  let t: PortalTest;
  beforeAll(async () => {
    t = await startPortal();
  });
  afterAll(async () => t.close());

  it('gives each visitor their own token in every form of a page rendered once', async () => {
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
      // The cookie set with the page is the signed form of that same token.
      const cookie = b.cookies.get('tact_csrf')!;
      expect(t.app.unsignCookie(decodeURIComponent(cookie))).toEqual({ valid: true, renew: false, value: tokens[0] });
      // Coming back with the cookie: the same token, no new cookie.
      const again = await b.get(`/v/${CODES.borrowerSent}?lang=en`);
      expect(tokensOf(again.body)).toEqual(tokens);
      expect(String(again.headers['set-cookie'])).not.toContain('tact_csrf');
    }
    expect(seen.size).toBe(3);
    const [first, second] = pages;
    expect(first!.page.body.replaceAll(csrfOf(first!.page.body), 'T')).toBe(second!.page.body.replaceAll(csrfOf(second!.page.body), 'T'));
  });

  it('sets the CSRF cookie httpOnly, SameSite=Lax, on path /, with the helmet headers', async () => {
    const r = await t.app.inject({ method: 'GET', url: `/v/${CODES.contactSent}` });
    expect(r.headers['set-cookie']).toMatch(/^tact_csrf=[^;]+; Path=\/; HttpOnly; SameSite=Lax$/);
    expect(r.headers['content-security-policy']).toContain("default-src 'self'");
    expect(r.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(r.headers['referrer-policy']).toBe('no-referrer');
    expect(r.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(r.headers['strict-transport-security']).toContain('max-age=');
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
