// Tact's default SMS templates, in Chinese and English. Written for the people who get
// them: a borrower who may be having a hard month, and a friend or relative who never
// asked to be involved. Each says who is writing, what is asked, and where to get help
// (plans, the hotline, the portal); none threatens, shames or guesses at consequences.
// A contact learns nothing about a debt: no amount, no date, no link, not even the word.
// Every template passes the lint (tested); the renderer adds 【品牌】/"Brand:", the
// verification code and the opt-out footer.
import type { Audience, MessageLocale, Template } from './template.js';

type Entry = readonly [key: string, audience: Audience, body: string];

const zhCN: readonly Entry[] = [
  ['reminder.predue', 'borrower', '{borrowerName}您好，温馨提醒：您在{brand}的本期还款日是{dueDate}。如已安排好，请忽略本条；如近期手头紧，可致电{hotline}了解分期方案。'],
  ['reminder.dpd1', 'borrower', '{borrowerName}您好，您{dueDate}到期的{amountOverdue}暂未收到，也许只是一时忘了。方便时可登录{portalUrl}处理，或致电{hotline}。'],
  ['reminder.dpd3', 'borrower', '{borrowerName}您好，您{dueDate}到期的{amountOverdue}还未还上。如果暂时有困难，我们可以一起商量分期，请致电{hotline}。'],
  ['reminder.dpd7', 'borrower', '{borrowerName}您好，您的{amountOverdue}已逾期7天，逾期可能影响您的个人信用记录。还款方式和分期申请见{portalUrl}，客服电话{hotline}。'],
  ['reminder.dpd15', 'borrower', '{borrowerName}您好，您的{amountOverdue}已逾期15天。谁都可能遇到难处，{brand}可为您提供分期等方案，请登录{portalUrl}或致电{hotline}了解。'],
  ['reminder.dpd30', 'borrower', '{borrowerName}您好，您的{amountOverdue}已逾期30天，逾期信息可能按规定报送征信系统。我们仍希望和您一起找到可行的安排，请致电{hotline}或登录{portalUrl}。'],
  ['reminder.dpd60', 'borrower', '{borrowerName}您好，您的{amountOverdue}已逾期60天。如果您的收入或身体状况有变化，请告诉我们，我们会认真评估延期或分期。客服电话{hotline}，也可登录{portalUrl}。'],
  ['plan.offer', 'borrower', '{borrowerName}您好，{brand}可为您提供以下还款方案：{planOptions}。选择方案或提出其他需求，请登录{portalUrl}或致电{hotline}。'],
  ['plan.confirmation', 'borrower', '{borrowerName}您好，您的还款方案已生效：{planOptions}，首期还款日{dueDate}。谢谢您的配合，如情况有变请随时致电{hotline}。'],
  ['consent.request', 'third_party', '您好，{borrowerName}将您登记为紧急联系人。这意味着只有在联系不上TA时，我们可能请您转告TA回电，不需要您做其他任何事。是否同意由您决定：同意回Y，不同意回N，选择不同意后我们不会再联系您。'],
  ['contact.location', 'third_party', '{contactName}您好，我们是{brand}客服，想请您帮个忙：方便时转告{borrowerName}给我们回个电话，号码{hotline}。只需转告，无需您做其他事。如不认识此人，回N即可，我们不会再打扰。'],
  ['optout.confirmation', 'borrower', '您已退订成功，本号码不会再收到{brand}的短信。'],
  ['optout.confirmation', 'third_party', '您已退订成功，本号码不会再收到{brand}的短信。'],
  ['help.reply', 'borrower', '客服帮助：查询、还款、申请分期或延期，请登录{portalUrl}或致电{hotline}。'],
  ['help.reply', 'third_party', '客服帮助：想确认短信是否出自{brand}，可在官网输入短信里的核验码，或致电{hotline}。如不认识短信中提到的人，回N即可。'],
];

const en: readonly Entry[] = [
  ['reminder.predue', 'borrower', 'Hi {borrowerName}, a friendly reminder that your {brand} payment is due on {dueDate}. If it is already arranged, please ignore this. If money is tight, call {hotline} to talk about a plan.'],
  ['reminder.dpd1', 'borrower', 'Hi {borrowerName}, your payment of {amountOverdue} due on {dueDate} has not reached us yet; it may simply have slipped by. You can pay at {portalUrl} or call {hotline}.'],
  ['reminder.dpd3', 'borrower', 'Hi {borrowerName}, your payment of {amountOverdue} due on {dueDate} is still open. If this is a hard time, we can work out a plan together: call {hotline}.'],
  ['reminder.dpd7', 'borrower', 'Hi {borrowerName}, your payment of {amountOverdue} is 7 days late. Late payments may be reported to credit bureaus. Ways to pay or spread the cost are at {portalUrl}, or call {hotline}.'],
  ['reminder.dpd15', 'borrower', 'Hi {borrowerName}, your payment of {amountOverdue} is 15 days late. Anyone can hit a rough patch, and {brand} offers payment plans: see {portalUrl} or call {hotline}.'],
  ['reminder.dpd30', 'borrower', 'Hi {borrowerName}, your payment of {amountOverdue} is 30 days late and may be reported to credit bureaus. We would still like to agree a plan that works for you: call {hotline} or see {portalUrl}.'],
  ['reminder.dpd60', 'borrower', 'Hi {borrowerName}, your payment of {amountOverdue} is 60 days late. If your income or health has changed, tell us and we will look at a pause or a smaller plan. Call {hotline} or see {portalUrl}.'],
  ['plan.offer', 'borrower', 'Hi {borrowerName}, {brand} can offer you these plans: {planOptions}. To choose one or ask for something else, see {portalUrl} or call {hotline}.'],
  ['plan.confirmation', 'borrower', 'Hi {borrowerName}, your plan is set up: {planOptions}, first payment on {dueDate}. Thank you. If anything changes, call {hotline}.'],
  ['consent.request', 'third_party', 'Hello, {borrowerName} has named you as their emergency contact. That only means we may ask you to pass on a message if we cannot reach them. Your choice: reply Y to agree, or N to say no and we will not contact you again.'],
  ['contact.location', 'third_party', 'Hello {contactName}, this is {brand}. Could you please ask {borrowerName} to call us back on {hotline}? That is all we ask. If you do not know this person, reply N and we will not text you again.'],
  ['optout.confirmation', 'borrower', 'You have opted out: {brand} will send no more texts to this number.'],
  ['optout.confirmation', 'third_party', 'You have opted out: {brand} will send no more texts to this number.'],
  ['help.reply', 'borrower', 'Help: to see what is due, pay, or ask for a plan or more time, go to {portalUrl} or call {hotline}.'],
  ['help.reply', 'third_party', 'Help: to check a text is really from {brand}, enter its code on our official site or call {hotline}. If you do not know the person named, reply N.'],
];

const build = (locale: MessageLocale, entries: readonly Entry[]): readonly Template[] =>
  entries.map(([key, audience, body]) => ({ id: `${locale}/sms/${audience}/${key}`, key, audience, channel: 'sms', locale, body, version: 1 }));

export const defaultTemplates: readonly Template[] = [...build('zh-CN', zhCN), ...build('en', en)];

/** The default template for a purpose, audience and locale (SMS), if Tact ships one. */
export const findDefaultTemplate = (key: string, audience: Audience, locale: MessageLocale): Template | undefined =>
  defaultTemplates.find((t) => t.key === key && t.audience === audience && t.locale === locale);
