import { describe, expect, it } from 'vitest';
import { lintTemplate } from '../../../src/core/messages/lint-template.js';
import { enTenant, template, zhTenant } from './fixtures.js';

// Sources: FDCPA 15 U.S.C. 1692d–1692e and Reg F 1006.14, 1006.18 (no threats of arrest,
// of action not intended or not lawful, no shaming); NIFA collection convention and
// Civil Code 1033 (RULES.md). Each pattern is tested on both sides.
const threats: readonly (readonly [string, string])[] = [
  ['如不还款，我们将依法对您提起诉讼。', 'threat'],
  ['我司已正式起诉，请知悉。', 'threat'],
  ['再不处理就起诉你', 'threat'],
  ['法院传票已寄出', 'false-legal-claim'],
  ['我们将冻结您的银行卡', 'false-legal-claim'],
  ['律师函已发出', 'threat'],
  ['您的案件已移交第三方催收机构', 'threat'],
  ['我们将安排人员上门核实', 'threat'],
  ['近期上门催收', 'threat'],
  ['将通知您的单位领导', 'threat'],
  ['我们会联系你的家人', 'threat'],
  ['我们已掌握您的通讯录', 'threat'],
  ['逾期将在网上曝光', 'shaming'],
  ['我们将移交公安机关处理', 'threat'],
  ['警方将介入调查', 'threat'],
  ['立即报警处理', 'threat'],
  ['您将被列入征信黑名单', 'false-legal-claim'],
  ['征信留下永久污点', 'false-legal-claim'],
  ['影响您子女上学和考公', 'false-legal-claim'],
  ['将被限制高消费', 'false-legal-claim'],
  ['您可能被拘留', 'false-legal-claim'],
  ['等着坐牢吧', 'false-legal-claim'],
  ['恶意透支涉嫌犯罪', 'false-legal-claim'],
  ['我们将追究您的法律责任', 'false-legal-claim'],
  ['否则后果自负', 'threat'],
  ['这是最后通牒', 'threat'],
  ['老赖请注意', 'shaming'],
  ['You will be arrested.', 'false-legal-claim'],
  ['You could go to jail for this.', 'false-legal-claim'],
  ['This is a criminal matter.', 'false-legal-claim'],
  ['We will report you to the police.', 'threat'],
  ['The police may come to your door.', 'threat'],
  ['We will sue you.', 'threat'],
  ['A lawsuit will be filed.', 'threat'],
  ['We will take legal action.', 'threat'],
  ['We will garnish your wages.', 'threat'],
  ['We will tell your employer about this.', 'threat'],
  ['We will contact your family and friends.', 'threat'],
  ['An agent will visit your home.', 'threat'],
  ['You will be blacklisted.', 'false-legal-claim'],
  ['This will ruin your credit forever.', 'false-legal-claim'],
  ['Final warning: pay now or else.', 'threat'],
  ['Pay now, deadbeat.', 'shaming'],
  ['You should be ashamed.', 'shaming'],
];

// Factual, neutral or helpful statements that mention the same subjects.
const neutral: readonly string[] = [
  '逾期可能影响您的个人信用记录。',
  '逾期信息可能按规定报送征信系统。',
  '如对本短信有异议，您可以向人民法院提起诉讼或向监管部门投诉。',
  '谨防冒充公安的诈骗电话，请通过官方客服核实。',
  '我们提供上门服务以外的多种办理方式。',
  '如果您的收入或身体状况有变化，请告诉我们。',
  '请联系我们的客服了解分期方案。',
  'Late payments may be reported to credit bureaus.',
  'You have the right to dispute this.',
  'This text is not from the police; call our hotline to check it.',
  'If things are tight, call us to talk about a plan.',
  'Tell us if your income or health has changed.',
  'Visit pay.acme.example.com to see your options.',
];

describe('threat, shaming and false legal claims', () => {
  it.each(threats)('flags %s as %s', (body, rule) => {
    const locale = /[\u4e00-\u9fff]/.test(body) ? 'zh-CN' : 'en';
    const findings = lintTemplate(template(body, 'borrower', locale), locale === 'en' ? enTenant : zhTenant);
    expect(findings.map((f) => f.rule)).toContain(rule);
  });

  it.each(neutral)('does not flag %s', (body) => {
    const locale = /[\u4e00-\u9fff]/.test(body) ? 'zh-CN' : 'en';
    expect(lintTemplate(template(body, 'borrower', locale), locale === 'en' ? enTenant : zhTenant)).toEqual([]);
  });

  it('applies to every audience and reports the span of the offending words', () => {
    const body = '您好，请尽快处理，后果自负。';
    const [f] = lintTemplate(template(body, 'third_party'), zhTenant);
    expect(f?.rule).toBe('threat');
    expect(f?.span.text).toBe('后果自负');
    expect(body.slice(f?.span.start, f?.span.end)).toBe('后果自负');
    expect(f?.severity).toBe('error');
  });
});
