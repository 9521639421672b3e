import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../../src/core/messages/render-message.js';
import { encodeForSms } from '../../../src/core/messages/sms-encoding.js';
import { enTenant, template, varsFor, zhTenant } from './fixtures.js';

const code = 'K7M29QXD';

describe('renderMessage', () => {
  it('zh-CN SMS: 【brand】 + body + verification code + 回T退订, priced per segment', () => {
    const r = renderMessage(template('{borrowerName}您好，您的{amountOverdue}已于{dueDate}到期。'), varsFor('zh-CN'), zhTenant, code);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.text).toBe('【安心借】张伟您好，您的¥1,234.50已于2026年3月8日到期。核验码K7M2-9QXD，可在官网核实本短信。回T退订');
    expect(r.value.encoding).toBe('ucs2');
    expect(r.value.characters).toBe([...r.value.text].length);
    expect(r.value.segments).toBe(encodeForSms(r.value.text).segments.length);
    expect(r.value.characters).toBeLessThanOrEqual(70);
    expect(r.value.segments).toBe(1);
    expect(r.value.costMinor).toBe(5); // 1 segment × 5 fen
    expect(r.value.currency).toBe('CNY');
  });

  it('en SMS: "Brand: " prefix, GSM-7 when it fits, Reply STOP footer', () => {
    const r = renderMessage(template('Hi {borrowerName}, {amountOverdue} was due on {dueDate}.', 'borrower', 'en'), varsFor('en'), enTenant, code);
    expect(r.ok && r.value.text).toBe('Acme Credit: Hi Sam Lee, $1,234.50 was due on March 8, 2026. Code K7M2-9QXD: verify this text on our official site. Reply STOP to opt out');
    expect(r.ok && r.value.encoding).toBe('gsm7');
    expect(r.ok && r.value.segments).toBe(1);
    expect(r.ok && r.value.costMinor).toBe(1);
  });

  it('one € turns nothing to UCS-2 but costs two septets; an emoji switches to UCS-2', () => {
    const euro = renderMessage(template('Hi {borrowerName}, {amountOverdue} is open.', 'borrower', 'en'), { ...varsFor('en'), amountOverdue: { minor: 5000, currency: 'EUR' } }, enTenant, code);
    expect(euro.ok && euro.value.encoding).toBe('gsm7');
    expect(euro.ok && euro.value.units).toBe((euro.ok ? euro.value.text.length : 0) + 1);
    const emoji = renderMessage(template('Hi {borrowerName} 🙂', 'borrower', 'en'), varsFor('en'), enTenant, code);
    expect(emoji.ok && emoji.value.encoding).toBe('ucs2');
  });

  it('a third party gets the neutral signature, the code and no link', () => {
    const r = renderMessage(template('{contactName}您好，请转告{borrowerName}回电{hotline}。', 'third_party'), varsFor('zh-CN'), zhTenant, code);
    expect(r.ok && r.value.text).toBe('【安心科技】李女士您好，请转告张伟回电400-800-1234。核验码K7M2-9QXD，可在官网核实本短信。回T退订');
    expect(r.ok && /https?:|\.cn|\.com/.test(r.value.text)).toBe(false);
  });

  it('a signature that tells of a loan is refused for a third party', () => {
    const { thirdPartyBrand: _neutral, ...onlyBrand } = zhTenant;
    const r = renderMessage(template('您好，请转告{borrowerName}回电。', 'third_party'), varsFor('zh-CN'), onlyBrand, code);
    expect(!r.ok && r.error.map((f) => [f.code, f.path])).toEqual([['TACT_ERR_MESSAGE_BAD_SIGNATURE', 'tenant.thirdPartyBrand']]);
    const en = renderMessage(template('Hello {contactName}.', 'third_party', 'en'), varsFor('en'), { ...enTenant, thirdPartyBrand: 'Acme Loans' }, code);
    expect(!en.ok && en.error[0]?.code).toBe('TACT_ERR_MESSAGE_BAD_SIGNATURE');
  });

  it('values are linted too: a name carrying a debt word or a link does not reach a contact', () => {
    const r = renderMessage(template('您好，请转告{borrowerName}回电。', 'third_party'), { borrowerName: '欠款人张伟' }, zhTenant, code);
    expect(!r.ok && r.error[0]?.code).toBe('TACT_ERR_MESSAGE_LINT_FAILED');
    expect(!r.ok && r.error[0]?.message).not.toContain('张伟'); // no personal data in failures
    const link = renderMessage(template('请登录{portalUrl}'), { portalUrl: 'https://evil.example.com' }, zhTenant, code);
    expect(!link.ok && link.error[0]?.message).toContain('link-not-allowed');
  });

  it('failures: bad signature, bad code, unknown placeholder, missing and bad variables', () => {
    const codes = (r: ReturnType<typeof renderMessage>): readonly string[] => (r.ok ? [] : r.error.map((f) => f.code));
    expect(codes(renderMessage(template('您好'), {}, { ...zhTenant, brand: '安' }, code))).toEqual(['TACT_ERR_MESSAGE_BAD_SIGNATURE']);
    expect(codes(renderMessage(template('您好'), {}, { ...zhTenant, brand: '安心借款平台有限公司的服务号' }, code))).toEqual(['TACT_ERR_MESSAGE_BAD_SIGNATURE']);
    expect(codes(renderMessage(template('您好'), {}, { ...zhTenant, brand: '【安心】' }, code))).toEqual(['TACT_ERR_MESSAGE_BAD_SIGNATURE']);
    expect(codes(renderMessage(template('您好'), {}, zhTenant, 'k7m2-9qxd'))).toEqual(['TACT_ERR_MESSAGE_BAD_CODE']);
    expect(codes(renderMessage(template('您好'), {}, zhTenant, 'ACCOUNT1'))).toEqual(['TACT_ERR_MESSAGE_BAD_CODE']);
    expect(codes(renderMessage(template('您好{name}'), {}, zhTenant, code))).toEqual(['TACT_ERR_MESSAGE_LINT_FAILED']);
    expect(codes(renderMessage(template('您好{borrowerName}{hotline}'), {}, zhTenant, code))).toEqual([
      'TACT_ERR_MESSAGE_MISSING_VARIABLE',
      'TACT_ERR_MESSAGE_MISSING_VARIABLE',
    ]);
    const bad = renderMessage(template('{dueDate}{amountOverdue}{borrowerName}'), { dueDate: '2026-02-30', amountOverdue: { minor: 1.5, currency: 'CNY' }, borrowerName: '  ' }, zhTenant, code);
    expect(codes(bad)).toEqual(['TACT_ERR_MESSAGE_BAD_VARIABLE', 'TACT_ERR_MESSAGE_BAD_VARIABLE', 'TACT_ERR_MESSAGE_BAD_VARIABLE']);
    expect(!bad.ok && bad.error.map((f) => f.path)).toEqual(['vars.dueDate', 'vars.amountOverdue', 'vars.borrowerName']);
  });

  it('{brand} defaults to the signature the message goes out under', () => {
    const r = renderMessage(template('{brand}提醒您'), {}, zhTenant, code);
    expect(r.ok && r.value.text.startsWith('【安心借】安心借提醒您')).toBe(true);
  });

  it('e-mail: no segments, no cost, signature and footer still there', () => {
    const r = renderMessage({ ...template('Hi {borrowerName}.', 'borrower', 'en'), channel: 'email' }, varsFor('en'), enTenant, code);
    expect(r.ok && r.value).toMatchObject({ channel: 'email', encoding: null, segments: 0, costMinor: 0 });
    expect(r.ok && r.value.text).toContain('— Acme Credit');
    expect(r.ok && r.value.text).toContain('Reply STOP to opt out');
  });
});

describe('cost', () => {
  it('a 71-character Chinese message is 2 segments and costs twice the price', () => {
    const body = '您'.repeat(71 - '【安心借】核验码K7M2-9QXD，可在官网核实本短信。回T退订'.length);
    const r = renderMessage(template(body), {}, zhTenant, code);
    expect(r.ok && r.value.characters).toBe(71);
    expect(r.ok && [r.value.segments, r.value.costMinor]).toEqual([2, 10]);
    const one = renderMessage(template(body.slice(1)), {}, zhTenant, code);
    expect(one.ok && [one.value.characters, one.value.segments, one.value.costMinor]).toEqual([70, 1, 5]);
  });
});
