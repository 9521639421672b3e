// What the portal may show: masked numbers, allow-listed payment links, escaped HTML,
// and the language chosen from Accept-Language.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskPhone } from '../../../src/core/portal/mask-phone.js';
import { linkAllowed } from '../../../src/core/portal/repayment-channels.js';
import { langFromHeader } from '../../../src/http/routes/portal/portal-kit.js';
import { esc, html } from '../../../src/http/views/portal/html.js';

describe('maskPhone', () => {
  it.each([
    ['+8613812345678', '+86 138****5678'],
    ['+12025550123', '+1 202***0123'],
    ['+447911123456', '+44 791***3456'],
    ['+85291234567', '+852 91****67'],
  ])('%s → %s', (e164, masked) => expect(maskPhone(e164)).toBe(masked));

  it('never shows more than 7 digits of the national number, and always hides some', () => {
    fc.assert(fc.property(fc.stringMatching(/^\+861[3-9]\d{9}$/), (e164) => {
      const m = maskPhone(e164);
      const national = m.split(' ')[1]!;
      expect(national.replace(/\*/g, '').length).toBeLessThanOrEqual(7);
      expect(national).toContain('*');
    }));
  });
});

describe('linkAllowed', () => {
  it.each([
    ['https://pay.example.com/x', ['example.com'], true],
    ['https://example.com', ['example.com'], true],
    ['https://pay.example.com.evil.test/', ['example.com'], false],
    ['https://badexample.com/', ['example.com'], false],
    ['http://pay.example.com/', ['example.com'], false],
    ['https://user:pw@pay.example.com/', ['example.com'], false],
    ['javascript:alert(1)', ['example.com'], false],
    ['not a url', ['example.com'], false],
    ['https://pay.example.com/', [], false],
  ] as const)('%s with %j → %s', (url, domains, ok) => expect(linkAllowed(url, domains)).toBe(ok));
});

describe('html', () => {
  it('escapes every interpolated string, never a SafeHtml', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const out = html`<p title="${s}">${s}</p>`.safe;
      expect(esc(s)).not.toMatch(/[<>"']/);
      expect(out).toBe(`<p title="${esc(s)}">${esc(s)}</p>`);
    }));
    expect(html`<div>${html`<b>${'<i>'}</b>`}${['<a>', 1]}${undefined}${false}</div>`.safe).toBe('<div><b>&lt;i&gt;</b>&lt;a&gt;1</div>');
  });
});

describe('langFromHeader', () => {
  it.each([
    [undefined, 'zh-CN'],
    ['en-US,en;q=0.9', 'en'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh-CN'],
    ['fr-FR,en;q=0.5', 'en'],
    ['fr-FR', 'zh-CN'],
    ['zh;q=0.4,en;q=0.6', 'en'],
    ['en;q=0', 'zh-CN'],
  ])('%s → %s', (header, lang) => expect(langFromHeader(header)).toBe(lang));
});
