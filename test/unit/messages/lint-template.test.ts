import { describe, expect, it } from 'vitest';
import { lintRendered, lintTemplate, type LintRule } from '../../../src/core/messages/lint-template.js';
import { findLinks, isHostAllowed } from '../../../src/core/messages/find-links.js';
import type { Audience, MessageLocale } from '../../../src/core/messages/template.js';
import { enTenant, template, tenantFor, zhTenant } from './fixtures.js';

const rulesOf = (body: string, audience: Audience = 'borrower', locale: MessageLocale = 'zh-CN'): readonly LintRule[] =>
  lintTemplate(template(body, audience, locale), tenantFor(locale)).map((f) => f.rule);

// A third party learns nothing about a debt (Reg F 1006.10; 15 U.S.C. 1692b; GB/T 45251—2025).
describe('third-party messages say nothing about a debt', () => {
  it.each([
    ['请转告张伟尽快还款', '还款'],
    ['张伟在我司有欠款', '欠'],
    ['张伟已逾期', '逾期'],
    ['这是催收通知', '催'],
    ['张伟的借款到期了', '借'],
    ['关于张伟的贷款', '贷'],
    ['本金和利息', '本金'],
    ['张伟的账单', '账单'],
    ['您朋友的债务', '债'],
    ['欠费提醒', '欠'],
  ])('zh: %s', (body, word) => {
    const found = lintTemplate(template(body, 'third_party'), zhTenant).filter((f) => f.rule === 'third-party-debt');
    expect(found.map((f) => f.span.text)).toContain(word);
  });

  it.each([
    'Sam owes us money.',
    'About a debt of Sam Lee.',
    'Sam is overdue.',
    'Sam is in arrears.',
    'This is a collection agency.',
    'About Sam\'s loan.',
    'Sam has a payment due.',
    'Please ask Sam to check the balance.',
    'Sam missed an installment.',
  ])('en: %s', (body) => {
    expect(rulesOf(body, 'third_party', 'en')).toContain('third-party-debt');
  });

  it.each([
    ['张伟需处理¥1,234.50', 'zh-CN'],
    ['共计1234元', 'zh-CN'],
    ['人民币 500', 'zh-CN'],
    ['Sam needs to send $1,234.50', 'en'],
    ['It is 200 dollars', 'en'],
    ['CNY 300 please', 'en'],
  ] as const)('an amount: %s', (body, locale) => {
    expect(rulesOf(body, 'third_party', locale)).toContain('third-party-amount');
  });

  it.each(['{amountOverdue}', '{dueDate}', '{planOptions}', '{portalUrl}'])('the placeholder %s', (p) => {
    expect(rulesOf(`您好${p}`, 'third_party')).toContain('third-party-placeholder');
  });

  it('no link at all, even an allow-listed one', () => {
    expect(rulesOf('请访问m.anxin.example.cn', 'third_party')).toEqual(['third-party-link']);
    expect(rulesOf('Go to https://pay.acme.example.com/x', 'third_party', 'en')).toContain('third-party-link');
  });

  it('the same words are fine for the borrower, and a neutral contact text passes', () => {
    expect(rulesOf('您的{amountOverdue}已逾期7天，请还款')).toEqual([]);
    expect(rulesOf('{contactName}您好，麻烦您方便时转告{borrowerName}给我们回个电话，号码{hotline}。', 'third_party')).toEqual([]);
    expect(rulesOf('Hello {contactName}, could you ask {borrowerName} to call us back on {hotline}?', 'third_party', 'en')).toEqual([]);
  });
});

describe('links', () => {
  it('only hosts on the allow-list, exactly or by *.domain', () => {
    expect(rulesOf('登录m.anxin.example.cn查看')).toEqual([]);
    expect(rulesOf('登录https://a.pay.example.cn/p?x=1查看')).toEqual([]);
    expect(rulesOf('登录pay.example.cn查看')).toEqual(['link-not-allowed']); // *.x is subdomains only
    expect(rulesOf('登录m.anxin.example.cn.evil.com')).toEqual(['link-not-allowed']);
    expect(rulesOf('点击t.cn/abc')).toEqual(['link-not-allowed']);
    expect(rulesOf('Visit www.example.org now', 'borrower', 'en')).toEqual(['link-not-allowed']);
    expect(rulesOf('Pay at pay.acme.example.com.', 'borrower', 'en')).toEqual([]);
  });

  it('finds links inside Chinese text and trims sentence punctuation', () => {
    const [l] = findLinks('请登录https://m.anxin.example.cn/pay。谢谢');
    expect(l?.text).toBe('https://m.anxin.example.cn/pay');
    expect(l?.host).toBe('m.anxin.example.cn');
    expect(findLinks('版本3.5，共2.0元')).toEqual([]);
    expect(isHostAllowed('x.pay.example.cn', ['*.pay.example.cn'])).toBe(true);
    expect(isHostAllowed('evilpay.example.cn', ['*.pay.example.cn'])).toBe(false);
  });
});

describe('placeholders and the renderer-only parts', () => {
  it('every placeholder must be known', () => {
    expect(rulesOf('您好{name}')).toEqual(['unknown-placeholder']);
    expect(rulesOf('您好{code}')).toEqual(['unknown-placeholder']);
    expect(lintTemplate(template('您好{code}'), zhTenant)[0]?.message).toMatch(/renderer adds/);
    expect(rulesOf('您好{borrowerName')).toEqual(['stray-brace']);
    expect(rulesOf('您好{ borrowerName }')).toEqual(['stray-brace', 'stray-brace']);
  });

  it.each([
    ['【安心借】您好', 'zh-CN', 'hand-signature'],
    ['[Acme] Hello', 'en', 'hand-signature'],
    ['您好，回T退订', 'zh-CN', 'hand-footer'],
    ['您好，回复TD退订', 'zh-CN', 'hand-footer'],
    ['您好，退订回T', 'zh-CN', 'hand-footer'],
    ['您好，回复退订', 'zh-CN', 'hand-footer'],
    ['Hello. Reply STOP to opt out', 'en', 'hand-footer'],
    ['Hello. Text STOP to unsubscribe', 'en', 'hand-footer'],
    ['您好，验证码K7M2-9QXD', 'zh-CN', 'hand-code'],
    ['Hello, code K7M29QXD', 'en', 'hand-code'],
  ] as const)('%s → %s', (body, locale, rule) => {
    expect(rulesOf(body, 'borrower', locale)).toContain(rule);
  });

  it('mentions that are not the footer or a code pass', () => {
    expect(rulesOf('您已退订成功。想确认短信真伪，可在官网输入短信里的核验码。')).toEqual([]);
    expect(rulesOf('Reply Y to agree or N to say no.', 'borrower', 'en')).toEqual([]);
    expect(rulesOf('请转告TA回电，或回TA一条短信。')).toEqual([]);
  });

  it('an empty body is a finding', () => {
    expect(rulesOf('   ')).toEqual(['empty-body']);
  });
});

describe('lintRendered', () => {
  it('requires the footer and re-checks the finished text', () => {
    expect(lintRendered('【安心借】您好', '【安心借】您好', 'borrower', '回T退订', zhTenant).map((f) => f.rule)).toEqual(['footer-missing']);
    const text = 'Acme: Sam owes money. Reply STOP to opt out';
    expect(lintRendered(text, text, 'third_party', 'Reply STOP to opt out', enTenant).map((f) => f.rule)).toEqual(['third-party-debt']);
  });
});
